package dev.sifc.core;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question. Choice and yes-no questions carry their options (yes-no always "yes" then "no");
 * number questions carry a range, a unit and point bands (context number questions have no bands:
 * they shape the advice, not the verdict).
 *
 * @param id the full answer id, {@code <sign-id>.<question-id>} or {@code context.<question-id>}
 * @param role what the answer is evidence of
 * @param checksFirstStep a symptom that the sign's first step addresses: if it still shows after the
 *     step was taken, the step did not help
 * @param unitOne a number question's unit for exactly one ("reminder"), when it differs from {@code unit}
 *     (the plural, as in "0 to 50 reminders"); null when the unit does not change
 */
public record Question(
        String id,
        QuestionType type,
        LocalText text,
        LocalText help,
        Role role,
        boolean checksFirstStep,
        List<Choice> options,
        BigDecimal min,
        BigDecimal max,
        LocalText unit,
        List<Band> bands,
        LocalText unitOne) {

    /** A question whose unit (if any) reads the same for one as for many. */
    public Question(String id, QuestionType type, LocalText text, LocalText help, Role role, boolean checksFirstStep,
            List<Choice> options, BigDecimal min, BigDecimal max, LocalText unit, List<Band> bands) {
        this(id, type, text, help, role, checksFirstStep, options, min, max, unit, bands, null);
    }

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
        bands = List.copyOf(bands);
        Objects.requireNonNull(role, "role");
        ModelException.check(!checksFirstStep || role == Role.SYMPTOM, "model.checks-first-step", id);
        if (role == Role.FIRST_STEP) {
            ModelException.check(type == QuestionType.YES_NO && options.stream().allMatch(o -> o.points() == 0),
                    "model.first-step", id);
        }
        if (role == Role.STRAIN) {
            ModelException.check(type == QuestionType.CHOICE, "model.strain", id);
        }
        ModelException.check(options.stream().noneMatch(Choice::dealbreaker) || role == Role.SYMPTOM,
                "model.dealbreaker.role", id);
        switch (type) {
            case CHOICE -> {
                ModelException.check(options.size() >= 2, "model.choice.options", id);
                ModelException.check(options.size() <= 20, "model.choice.too-many", id);
                long distinct = options.stream().map(Choice::value).distinct().count();
                ModelException.check(distinct == options.size(), "model.choice.duplicate", id);
            }
            case YES_NO -> ModelException.check(options.size() == 2
                    && options.get(0).value().equals("yes") && options.get(1).value().equals("no"),
                    "model.yesno.options", id);
            case NUMBER -> {
                ModelException.check(options.isEmpty(), "model.number.options", id);
                Objects.requireNonNull(min, "min");
                Objects.requireNonNull(max, "max");
                Objects.requireNonNull(unit, "unit");
                ModelException.check(min.compareTo(max) < 0, "model.number.range", id, min, max);
                ModelException.check(bands.isEmpty() == (role == Role.CONTEXT), "model.number.bands", id);
                for (int i = 0; i < bands.size(); i++) {
                    Band b = bands.get(i);
                    boolean last = i == bands.size() - 1;
                    ModelException.check(last == b.isOpenEnded(), "model.band.open", id);
                    if (i > 0 && !b.isOpenEnded()) {
                        ModelException.check(bands.get(i - 1).upTo().compareTo(b.upTo()) < 0, "model.band.order", id);
                    }
                }
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /** The part of the id after the dot. */
    public String localId() {
        return id.substring(id.indexOf('.') + 1);
    }

    /** What an answer is evidence of. */
    public enum Role {
        /** A symptom of its sign: the answer's points count towards the sign's stage. */
        SYMPTOM,
        /** Whether the user already took the sign's first step ("yes" moves a showing sign on). */
        FIRST_STEP,
        /** How much the client weighs on the user: the answer's points add to the load of the signs. */
        STRAIN,
        /** Facts about the user's business that shape the advice, not the verdict. */
        CONTEXT
    }

    public Optional<Choice> option(String value) {
        for (Choice o : options) { // a loop, not a stream: this runs for every answer of every client
            if (o.value().equals(value)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The points of a given (not skipped) canonical answer value.
     *
     * @throws IllegalArgumentException if the value is not canonical for this question
     */
    public int points(String value) {
        if (type == QuestionType.NUMBER) {
            if (bands.isEmpty()) {
                return 0;
            }
            BigDecimal n = new BigDecimal(value);
            for (Band b : bands) {
                if (b.isOpenEnded() || n.compareTo(b.upTo()) <= 0) {
                    return b.points();
                }
            }
            return 0;
        }
        return option(value).orElseThrow(() -> new IllegalArgumentException(value)).points();
    }

    /** Whether a given canonical answer is a dealbreaker. */
    public boolean dealbreaker(String value) {
        return type != QuestionType.NUMBER && option(value).map(Choice::dealbreaker).orElse(false);
    }

    /**
     * The calmest answer: the first option with the fewest points, or for a number the lowest value.
     * For a first-step question, "no": the step not yet taken never makes a sign worse.
     */
    public String calmest() {
        if (type == QuestionType.NUMBER) {
            return Answers.plain(min);
        }
        if (role == Role.FIRST_STEP) {
            return "no";
        }
        Choice best = options.get(0);
        for (Choice o : options) {
            if (o.points() < best.points()) {
                best = o;
            }
        }
        return best.value();
    }

    /**
     * How an answered (not skipped) canonical value reads to a person: the option label, or the number
     * with its unit. Callers say "skipped" in their own words.
     */
    public String display(String value, Lang lang) {
        if (type == QuestionType.NUMBER) {
            return number(value, lang) + " " + unit(value, lang);
        }
        return option(value).map(o -> o.label().get(lang)).orElse(value);
    }

    /** The unit that goes with {@code value}: the singular for exactly one, by a ChoiceFormat of the two forms. */
    private String unit(String value, Lang lang) {
        if (unitOne == null) {
            return unit.get(lang);
        }
        double n;
        try {
            n = new BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
            return unit.get(lang);
        }
        String many = unit.get(lang);
        return new ChoiceFormat(new double[] {0, 1, ChoiceFormat.nextDouble(1)}, new String[] {many, unitOne.get(lang), many}).format(n);
    }

    private static String number(String value, Lang lang) {
        try {
            return lang.number(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return value; // not canonical: shown as given
        }
    }
}
