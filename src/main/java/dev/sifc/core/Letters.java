package dev.sifc.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The letters a user can send, in the order the letters file lists them. */
public record Letters(List<Letter> all) {
    public Letters {
        all = List.copyOf(all);
        Set<String> kinds = new HashSet<>();
        for (Letter l : all) {
            ModelException.check(kinds.add(l.kind()), "model.letter.duplicate", l.kind());
        }
    }

    public Optional<Letter> find(String kind) {
        return all.stream().filter(l -> l.kind().equals(kind)).findFirst();
    }

    public List<String> kinds() {
        return all.stream().map(Letter::kind).toList();
    }

    /** A letter the report points to: for one sign's stage, or (sign null) for ending the work. */
    public record Suggestion(Letter letter, Sign sign) {}

    /**
     * The letters that fit an assessment. For a let-go verdict the ending letter comes first: one
     * with the open door only where the door stays open ({@link Assessment#door}, the rule "How to
     * end it" and the signs' advice follow too).
     * Then, in the order of the report's advice, each sign's letter for the part of its advice the
     * report gives: the first step while the relationship goes on, the move-on letter for the sign
     * that is a reason to part (none when the sign has no move-on letter of its own), and none for
     * a sign whose advice is only what helps while ending: the ending letter above is the one to send.
     */
    public List<Suggestion> suggest(Assessment a) {
        List<Suggestion> out = new ArrayList<>();
        if (a.kind() == Verdict.Kind.FIRE) {
            ending(a.door().open()).ifPresent(l -> out.add(new Suggestion(l, null)));
        }
        for (Assessment.SignAdvice s : a.advice()) {
            forSign(s).ifPresent(l -> out.add(new Suggestion(l, s.sign())));
        }
        return out;
    }

    /** The letter for the part of a sign's advice the report gives, if the letters have one. */
    public Optional<Letter> forSign(Assessment.SignAdvice s) {
        Letter.Step step;
        if (s.stepTakenAlready()) {
            return Optional.empty(); // the letter was (in effect) sent already
        } else if (s.part() == Sign.Advice.Part.FIRST_STEP) {
            step = Letter.Step.FIRST_STEP;
        } else if (s.part() == Sign.Advice.Part.MOVE_ON) {
            step = Letter.Step.MOVE_ON;
        } else {
            return Optional.empty();
        }
        return all.stream().filter(l -> s.sign().id().equals(l.sign()) && l.step() == step).findFirst();
    }

    /** The ending letter with the door open or shut as asked; failing that, any ending letter. */
    public Optional<Letter> ending(boolean openDoor) {
        Optional<Letter> exact = all.stream().filter(l -> l.step() == Letter.Step.ENDING && l.openDoor() == openDoor).findFirst();
        return exact.isPresent() ? exact : all.stream().filter(l -> l.step() == Letter.Step.ENDING).findFirst();
    }
}
