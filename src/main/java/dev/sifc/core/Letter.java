package dev.sifc.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One letter to a client, in English and German: for a sign's first step, for its move-on step, or
 * for ending the work. Its texts hold blanks written {@code {name}}, from {@link #FIELDS} only.
 *
 * @param kind the letter's id, as {@code letter KIND} takes it
 * @param sign the id of the sign it belongs to; null for an ending letter
 * @param openDoor for an ending letter: whether it leaves the door open (not for an abusive client)
 * @param when one line on when to send it, for the list of letters
 */
public record Letter(String kind, String sign, Step step, boolean openDoor, LocalText when, LocalText subject,
        LocalText body) {
    /**
     * Every blank a letter may have. A closed list, so that {@code validate} catches a misspelt blank
     * and {@code --set} a misspelt key; {@code client} is filled by {@code --client}.
     */
    public static final List<String> FIELDS = List.of("client", "sender", "project", "start", "hours", "response-time",
            "scope", "amount", "invoice", "due", "recommendation", "reasons", "decision", "missing", "deadline", "notice",
            "fee", "end", "handover");

    /** A blank in a letter's text: {@code {amount}}. */
    public static final Pattern BLANK = Pattern.compile("\\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\}");

    /** What a letter is for. */
    public enum Step {
        FIRST_STEP, MOVE_ON, ENDING;

        /** "first-step", "move-on", "ending". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Step> parse(String id) {
            for (Step s : values()) {
                if (s.id().equals(id)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public Letter {
        Ids.requireKebab(kind);
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        ModelException.check((sign == null) == (step == Step.ENDING), "model.letter.sign", kind);
        ModelException.check(sign == null || Ids.isKebab(sign), "model.id.kebab", sign);
        ModelException.check(!openDoor || step == Step.ENDING, "model.letter.open-door", kind);
        for (String text : List.of(subject.en(), subject.de(), body.en(), body.de())) {
            for (String blank : blanks(text)) {
                ModelException.check(FIELDS.contains(blank), "model.letter.blank", kind, blank);
            }
        }
    }

    /** The blanks of this letter in one language, in the order they first appear (subject, then body). */
    public List<String> blanks(Lang lang) {
        Set<String> all = new LinkedHashSet<>(blanks(subject.get(lang)));
        all.addAll(blanks(body.get(lang)));
        return List.copyOf(all);
    }

    /** The blanks of {@code text}, in order, each once. */
    public static List<String> blanks(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    /** {@code text} with each blank replaced by what {@code fill} gives for its name. */
    public static String fill(String text, Function<String, String> fill) {
        Matcher m = BLANK.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(fill.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
