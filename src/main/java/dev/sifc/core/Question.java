package dev.sifc.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question. Choice and yes-no questions carry their options (yes-no always "yes" then "no");
 * number questions carry a range, a unit and score bands (context questions have no bands: they are
 * not scored).
 *
 * @param id the full answer id, {@code <sign-id>.<question-id>} or {@code context.<question-id>}
 */
public record Question(
        String id,
        QuestionType type,
        LocalText text,
        LocalText help,
        double weight,
        List<Option> options,
        BigDecimal min,
        BigDecimal max,
        LocalText unit,
        List<Band> bands) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
        bands = List.copyOf(bands);
        ModelException.check(weight >= 0 && weight <= 100 && !Double.isNaN(weight), "model.weight.range", weight);
        switch (type) {
            case CHOICE -> {
                ModelException.check(options.size() >= 2, "model.choice.options", id);
                ModelException.check(options.size() <= 20, "model.choice.too-many", id);
                long distinct = options.stream().map(Option::value).distinct().count();
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
                if (weight > 0) {
                    ModelException.check(!bands.isEmpty(), "model.number.bands", id);
                }
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

    public boolean scored() {
        return weight > 0;
    }

    public Optional<Option> option(String value) {
        for (Option o : options) { // a loop, not a stream: this runs for every answer of every client
            if (o.value().equals(value)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The score (0-100) of a canonical answer value, or empty for a skipped question.
     *
     * @throws IllegalArgumentException if the value is not canonical for this question
     */
    public Optional<Integer> score(String value) {
        if (Answers.SKIP.equals(value)) {
            return Optional.empty();
        }
        if (type == QuestionType.NUMBER) {
            BigDecimal n = new BigDecimal(value);
            for (Band b : bands) {
                if (b.isOpenEnded() || n.compareTo(b.upTo()) <= 0) {
                    return Optional.of(b.score());
                }
            }
            return Optional.of(0);
        }
        return Optional.of(option(value).orElseThrow(() -> new IllegalArgumentException(value)).score());
    }

    /**
     * How an answered (not skipped) canonical value reads to a person: the option label, or the number
     * with its unit. Callers say "skipped" in their own words.
     */
    public String display(String value, Lang lang) {
        if (type == QuestionType.NUMBER) {
            return value + " " + unit.get(lang);
        }
        return option(value).map(o -> o.label().get(lang)).orElse(value);
    }
}
