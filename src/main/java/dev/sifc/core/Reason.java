package dev.sifc.core;

import java.util.List;
import java.util.Objects;

/**
 * Why a verdict was reached, as data: the renderers word each kind in the user's language, with the
 * questionnaire's own sentences for each sign's stage.
 */
public sealed interface Reason {

    /** An answer no fee makes acceptable; it decides "let go" on its own. */
    record Dealbreaker(Sign sign, Question question, String value) implements Reason {
        public Dealbreaker {
            Objects.requireNonNull(sign, "sign");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A sign that shows or has reached its move-on point. */
    record SignStage(Assessment.SignResult result) implements Reason {
        public SignStage {
            Objects.requireNonNull(result, "result");
            if (!result.stage().shows()) {
                throw new IllegalArgumentException("only a sign that shows is a reason");
            }
        }
    }

    /**
     * Several signs at once: together, and with how much the client weighs on the user, they make the
     * verdict "let go" though no single sign has reached its move-on point.
     *
     * @param strain the strain question, or null when it was not answered or adds nothing
     */
    record Load(List<Sign> signs, Question strain, String strainValue) implements Reason {
        public Load {
            signs = List.copyOf(signs);
        }
    }

    /**
     * Signs with too few answers to judge them.
     *
     * @param judged how many signs could be judged; {@code needed} for a verdict
     * @param minAnswered the answers a sign needs to be judged
     */
    record Unjudged(List<Sign> signs, int judged, int needed, int minAnswered) implements Reason {
        public Unjudged {
            signs = List.copyOf(signs);
        }
    }

    /** No sign that could be judged shows. */
    record Calm(int judged) implements Reason {}

    /** One of the answers behind a sign's stage. */
    record Evidence(Sign sign, Question question, String value) implements Reason {
        public Evidence {
            Objects.requireNonNull(sign, "sign");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(value, "value");
        }
    }
}
