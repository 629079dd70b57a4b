package io.jointclear.courier.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.courier.detection.Flag;
import io.jointclear.courier.detection.TaxAtStake;
import io.jointclear.shared.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Flags as each reader may see them. Officials, analysts and auditors: the code, the explanation with its
 * evidence and the tax at stake. The courier: only the outcome (selected for inspection) and what to do, never
 * the rule, its thresholds or the evidence (confidential targeting).
 */
@Component
public class FlagViews {

    /** What a flagged consignment gets: physical inspection before release. */
    public static final String SELECTED_FOR_INSPECTION = "SELECTED_FOR_INSPECTION";
    /** A flagged consignment the risk engine did not send to inspection (officials only). */
    public static final String NOT_SELECTED = "NOT_SELECTED";
    private static final String RED = "RED";

    private final MessageSource messages;

    FlagViews(MessageSource messages) {
        this.messages = messages;
    }

    /** An official's view of a flag. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficialFlag(String code, String explanation, TaxAtStake taxAtStake, String taxAtStakeText,
                               Map<String, Object> evidence, String outcome) {
    }

    /** A courier's view of its own consignment's flag. */
    public record CourierFlag(String outcome, String instruction) {
    }

    /**
     * The flags as the actor may see them. {@code lane} is the risk engine's lane for the consignment (null for
     * consignments filed before selection went through it: then every flagged one was selected). The courier learns
     * only of a selection for inspection (RED); a flag the engine did not select is not disclosed to it at all.
     */
    public List<Object> shown(List<?> stored, String lane, Actor actor, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        boolean selected = selected(lane);
        if (!actor.isOfficial()) { // one outcome whatever the number or kind of flags: kinds are not disclosed
            return selected ? List.of(new CourierFlag(SELECTED_FOR_INSPECTION,
                    messages.getMessage("courier.flag.courier.instruction", null, locale))) : List.of();
        }
        return stored.stream().map(f -> (Object) official((Flag) f, lane, locale)).toList();
    }

    /** Whether the risk engine's lane sends the consignment to inspection (null: filed before, every flag selected). */
    public static boolean selected(String lane) {
        return lane == null || RED.equals(lane);
    }

    public OfficialFlag official(Flag f, String lane, Locale locale) {
        return new OfficialFlag(f.code().name(), explanation(f, locale), f.taxAtStake(), stake(f.taxAtStake(), locale),
                f.evidence(), selected(lane) ? SELECTED_FOR_INSPECTION : NOT_SELECTED);
    }

    public String explanation(Flag f, Locale locale) {
        // a value reference of a description class (no HS6 declared) is worded as such
        String key = "courier.flag." + f.code().name() + (f.evidence().containsKey("descriptionClass") ? ".class" : "");
        return messages.getMessage(key, f.args().toArray(), f.code().name(), locale);
    }

    public String stake(TaxAtStake t, Locale locale) {
        if (t == null) {
            return null;
        }
        if (t.note() != null) {
            return messages.getMessage("courier.flag.stake." + t.note(), null, locale);
        }
        return messages.getMessage("courier.flag.stake", new Object[] {t.rateDifference().movePointRight(2).stripTrailingZeros()
                .toPlainString(), t.baseUsd().toPlainString(), t.amountUsd().toPlainString(), t.amountMxn().toPlainString()}, locale);
    }
}
