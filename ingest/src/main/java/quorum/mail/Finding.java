package quorum.mail;

/** Something analysis reads out of a discussion, always with the evidence that shows it. */
public sealed interface Finding permits Question, Position, Decision, NormativeKeyword {
  Evidence evidence();
}
