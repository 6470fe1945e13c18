package quorum.bench.corpus;

import java.util.List;
import java.util.Random;

/**
 * Words for generated mail: plain English and kernel-list jargon ranked by frequency (a
 * Zipf-like draw, so a few words are in most messages and most words are rare), code
 * identifiers and file paths. The benchmark's fixed queries rely on the words named here.
 */
final class Vocabulary {
  /** In most messages: the "common word" query. */
  static final String COMMON = "kernel";
  /** In about one message in a thousand: the "rare word" query. */
  static final String RARE = "quiescence";
  /** A phrase in a few percent of messages: the phrase query. */
  static final String PHRASE = "memory barrier";

  private static final String[] WORDS = ("the to of and a in is that it for this " + COMMON + " we be"
      + " not on with as are patch if would but have can should so at or think from by an which"
      + " there do all will some change code just one more about what maintainers they like"
      + " driver case need only was then also when review tree other use any because merge"
      + " time here no them could way series make still see into problem people than fix"
      + " work know how does cases version subsystem upstream release process my before may"
      + " right why already last want something test after well these new really understand"
      + " where tests build support point agree different better same sure since while rust"
      + " locking path api userspace config stable users much most those point question"
      + " both without reason good long instead being current callers issue approach memory"
      + " interface documentation behaviour regression backport commit branch submit testing"
      + " tooling bisect compile warning error helper object reference count lifetime"
      + " allocation pointer buffer queue interrupt context scheduler latency throughput"
      + " workload policy decision consensus proposal objection concern suggestion summit"
      + " discussion thread topic session agenda slides vendor hardware firmware device bus"
      + " register mapping cache invalidation ordering atomic barrier spinlock mutex rcu"
      + " grace period callback deferred worker timer softirq hotplug suspend resume power"
      + " clock voltage thermal sensor network socket packet filter verifier program map"
      + " helper trampoline attach detach link probe tracepoint ftrace perf sample counter"
      + " overhead benchmark numbers percent measured baseline noise variance outlier").split(" ");

  private static final String[] IDENTIFIERS = {"bpf_jit_supports_kfunc_call", "EXPORT_SYMBOL_GPL",
      "rcu_read_lock", "spin_lock_irqsave", "kmalloc_array", "copy_from_user", "WARN_ON_ONCE",
      "struct page", "folio_put", "refcount_inc_not_zero", "might_sleep", "GFP_KERNEL",
      "list_for_each_entry", "READ_ONCE", "smp_store_release", "dma_map_single", "irq_work_queue",
      "sched_clock", "pm_runtime_get_sync", "of_property_read_u32"};

  private static final String[] DIRS = {"mm", "kernel/sched", "kernel/bpf", "drivers/net/ethernet",
      "fs/ext4", "fs/btrfs", "net/core", "arch/x86/kernel", "drivers/gpu/drm", "Documentation/process",
      "rust/kernel", "tools/testing/selftests", "include/linux", "drivers/usb/core", "sound/soc"};
  private static final String[] FILES = {"core.c", "main.c", "helpers.c", "verifier.c", "page_alloc.c",
      "inode.c", "super.c", "dev.c", "irq.c", "Makefile", "Kconfig", "maintainer-pgp.rst",
      "lib.rs", "alloc.rs", "util.h", "types.h", "bus.c", "pcm.c"};

  private Vocabulary() {}

  /** A word by rank, drawn so that rank r has a probability roughly like 1/r. */
  static String word(Random r) {
    double u = r.nextDouble();
    int i = (int) Math.floor(Math.pow(WORDS.length, u)) - 1;
    return WORDS[Math.min(Math.max(i, 0), WORDS.length - 1)];
  }

  static String identifier(Random r) {
    return IDENTIFIERS[r.nextInt(IDENTIFIERS.length)];
  }

  static String path(Random r) {
    return DIRS[r.nextInt(DIRS.length)] + "/" + FILES[r.nextInt(FILES.length)];
  }

  static String subsystem(Random r) {
    String d = DIRS[r.nextInt(DIRS.length)];
    return d.substring(d.lastIndexOf('/') + 1);
  }

  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  static String pick(Random r, String... items) {
    return items[r.nextInt(items.length)];
  }
}
