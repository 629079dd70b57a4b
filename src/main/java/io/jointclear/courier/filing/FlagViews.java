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

    public List<Object> shown(List<?> stored, Actor actor, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        if (!actor.isOfficial()) { // one outcome whatever the number or kind of flags: kinds are not disclosed
            return List.of(new CourierFlag(SELECTED_FOR_INSPECTION,
                    messages.getMessage("courier.flag.courier.instruction", null, locale)));
        }
        return stored.stream().map(f -> (Object) official((Flag) f, locale)).toList();
    }

    public OfficialFlag official(Flag f, Locale locale) {
        return new OfficialFlag(f.code().name(), explanation(f, locale), f.taxAtStake(), stake(f.taxAtStake(), locale),
                f.evidence(), SELECTED_FOR_INSPECTION);
    }

    public String explanation(Flag f, Locale locale) {
        return messages.getMessage("courier.flag." + f.code().name(), f.args().toArray(), f.code().name(), locale);
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
