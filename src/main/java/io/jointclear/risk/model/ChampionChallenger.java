package io.jointclear.risk.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a retrained model (the challenger) replaces the active one (the champion): both rank the
 * declarations inspected in the last weeks, which the challenger's measuring copy was not trained on, and the
 * challenger wins only with a higher propensity-weighted Revenue@10 % (the RED capacity), or an equal one and
 * a higher weighted Precision@10 %. With too few recent labels nothing is proven and the champion stays.
 * The champion may have been trained on some of those weeks; that favours it, which is the safe side.
 */
public final class ChampionChallenger {

    public static final double INSPECTED_PERCENT = 10;
    private static final String REVENUE = "weightedRevenue@10%";
    private static final String PRECISION = "weightedPrecision@10%";

    private ChampionChallenger() {
    }

    /** The decision, its reason in English and both models' figures. */
    public record Decision(boolean activate, String reason, Map<String, Object> metrics) {
    }

    /**
     * @param champion   the active model, or null when none is active
     * @param challenger the challenger trained only on labels before {@code recent}
     * @param recent     labelled declarations of the last weeks
     */
    public static Decision decide(PlatformModel champion, PlatformModel challenger, List<PlatformCase> recent, int minRecent) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("recentLabelled", recent.size());
        if (champion == null) {
            return new Decision(true, "no active model to beat", metrics);
        }
        long hits = recent.stream().filter(PlatformCase::hit).count();
        if (recent.size() < minRecent || hits == 0 || hits == recent.size()) {
            return new Decision(false, "only " + recent.size() + " labelled declarations (" + hits + " hits) in the last weeks; a challenger"
                    + " must prove itself on at least " + minRecent + " with hits and clean inspections", metrics);
        }
        Map<String, Object> champ = PlatformTraining.measure(champion, recent);
        Map<String, Object> chall = PlatformTraining.measure(challenger, recent);
        metrics.put("champion", champ);
        metrics.put("challenger", chall);
        int byRevenue = Double.compare(value(chall, REVENUE), value(champ, REVENUE));
        boolean wins = byRevenue > 0 || byRevenue == 0 && value(chall, PRECISION) > value(champ, PRECISION);
        String reason = String.format(java.util.Locale.ROOT, "challenger %s %.4f / %s %.4f against champion %.4f / %.4f on %d recent labels",
                REVENUE, value(chall, REVENUE), PRECISION, value(chall, PRECISION), value(champ, REVENUE), value(champ, PRECISION),
                recent.size());
        return new Decision(wins, (wins ? "beats the champion: " : "does not beat the champion: ") + reason, metrics);
    }

    private static double value(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : 0;
    }
}
