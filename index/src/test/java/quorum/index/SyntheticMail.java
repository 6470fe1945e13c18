package quorum.index;

import java.util.ArrayList;
import java.util.List;
import quorum.mail.Discussion;
import quorum.mail.Message;

/** A deterministic stream of small threads for crash and re-run tests. */
final class SyntheticMail {
  private SyntheticMail() {}

  static List<Discussion> discussions(int threads) {
    List<Discussion> out = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String root = "t" + t + "-0@synthetic";
      List<Message> ms = new ArrayList<>();
      ms.add(Mail.id(root).from("Poster " + (t % 17) + " <p" + (t % 17) + "@example.org>")
          .date(String.format("2023-%02d-%02dT10:00:00Z", 1 + t % 12, 1 + t % 28))
          .subject("[PATCH v" + (1 + t % 3) + "] topic " + t)
          .own("Proposal number " + t + " about helper_" + (t % 31) + " and kfunc_" + t).build());
      for (int r = 1; r <= 3; r++) {
        ms.add(Mail.id("t" + t + "-" + r + "@synthetic")
            .from("Reviewer " + r + " <r" + r + "@example.org>")
            .date(String.format("2023-%02d-%02dT1%d:00:00Z", 1 + t % 12, 1 + t % 28, r))
            .subject("Re: topic " + t).replyTo(root)
            .quoted("Proposal number " + t).own("Reply " + r + " to " + t).build());
      }
      out.add(Mail.thread(ms.toArray(new Message[0])));
    }
    return out;
  }
}
