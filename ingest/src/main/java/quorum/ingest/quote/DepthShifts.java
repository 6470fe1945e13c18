package quorum.ingest.quote;

import java.util.Arrays;

/** Shifts for unmarked quotes: each entry is a raw depth from which one level is added. */
final class DepthShifts {
  private int[] stack = new int[4];
  private int size;

  void push(int raw) {
    if (size == stack.length) {
      stack = Arrays.copyOf(stack, size * 2);
    }
    stack[size++] = raw;
  }

  void popBelow(int raw) {
    while (size > 0 && raw < stack[size - 1]) {
      size--;
    }
  }

  /** The raw depth plus one for every shift whose threshold it reaches (sorted stack). */
  int effective(int raw) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (stack[mid] <= raw) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return raw + lo;
  }
}
