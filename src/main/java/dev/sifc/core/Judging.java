package dev.sifc.core;

/**
 * When the answers are enough to judge, and when the load of several signs decides.
 *
 * @param minAnswered answered questions a sign needs to be judged, unless what is answered already
 *     shows it
 * @param minJudgedSigns with fewer signs judged, the verdict is "not enough to judge yet", unless the
 *     known answers already decide "let go"
 * @param letGoLoad signs showing at once, plus the strain answer's points, from which the verdict is
 *     "let go" even though no single sign has reached its move-on point
 */
public record Judging(int minAnswered, int minJudgedSigns, int letGoLoad) {
    public Judging {
        ModelException.check(minAnswered >= 1, "model.judging.min-answered", minAnswered);
        ModelException.check(minJudgedSigns >= 1, "model.judging.min-judged", minJudgedSigns);
        ModelException.check(letGoLoad >= 2, "model.judging.load", letGoLoad);
    }
}
