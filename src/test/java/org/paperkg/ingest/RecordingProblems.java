package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;

/** A {@link ProblemHandler} for tests that keeps every problem so that tests can assert on them. */
final class RecordingProblems implements ProblemHandler {

    enum Kind { SKIPPED, DAMAGED, WARNING, NOTE }

    record Problem(Kind kind, SourceRef where, String message) {
        String category() {
            return ProblemHandler.category(message);
        }

        @Override
        public String toString() {
            return kind + " " + where + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void skipped(SourceRef where, String reason) {
        problems.add(new Problem(Kind.SKIPPED, where, reason));
    }

    @Override
    public void warning(SourceRef where, String message) {
        problems.add(new Problem(Kind.WARNING, where, message));
    }

    @Override
    public void damaged(SourceRef where, String message) {
        problems.add(new Problem(Kind.DAMAGED, where, message));
    }

    @Override
    public void note(SourceRef where, String message) {
        problems.add(new Problem(Kind.NOTE, where, message));
    }

    List<Problem> of(Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }

    List<Problem> skipped() {
        return problems.stream().filter(p -> p.kind() == Kind.SKIPPED).toList();
    }

    List<Problem> warnings() {
        return problems.stream().filter(p -> p.kind() == Kind.WARNING).toList();
    }
}
