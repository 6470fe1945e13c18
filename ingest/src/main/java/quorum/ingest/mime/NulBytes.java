package quorum.ingest.mime;

import quorum.mail.Participant;

/**
 * NUL bytes in mail: no mail format allows them (RFC 5322 section 2.3), yet damaged archives
 * hold some. They are removed from the text quorum keeps, since they break JSON consumers,
 * terminals and XML.
 */
final class NulBytes {
  private NulBytes() {}

  static int count(byte[] raw, int len) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      if (raw[i] == 0) {
        n++;
      }
    }
    return n;
  }

  static String strip(String s) {
    return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
  }

  static Participant strip(Participant p) {
    if (p.name().indexOf('\0') < 0 && p.address().map(a -> a.indexOf('\0') < 0).orElse(true)) {
      return p;
    }
    return Participant.of(strip(p.name()), p.address().map(NulBytes::strip).orElse(null));
  }
}
