package io.jointclear.courier.filing;

import io.jointclear.courier.detection.Flag;
import io.jointclear.courier.detection.Parcel;
import io.jointclear.courier.domain.Direction;
import io.jointclear.courier.persistence.CourierManifestStore.Selected;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.Selectivity;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends each flagged consignment of a manifest through the risk engine as its own case: the rules on the flag codes
 * and the tax at stake, the minimum random rate and the capacity-calibrated score decide which ones the officer
 * inspects; risk journals every selection (risk.selection) in the manifest's transaction, so an inspection's
 * outcome flows back to it as a label.
 */
@Component
class ConsignmentSelection {

    /** Rule attributes the courier module supplies (see risk's RuleFacts). */
    static final String FLAG_ATTRIBUTE = "courierFlag";
    static final String STAKE_ATTRIBUTE = "taxAtStakeUsd";
    static final String KILOGRAM = "KGM";

    private final Selectivity selectivity;
    private final Clock clock;

    ConsignmentSelection(Selectivity selectivity, Clock clock) {
        this.selectivity = selectivity;
        this.clock = clock;
    }

    /** The case id of a consignment: stable, so a replayed selection or a later outcome finds the same journal row. */
    static UUID caseId(UUID manifestId, String guide) {
        return UUID.nameUUIDFromBytes(("courier-consignment:" + manifestId + ':' + guide).getBytes(StandardCharsets.UTF_8));
    }

    static Authority authorityOf(Direction direction) {
        return direction == Direction.SOUTHBOUND ? Authority.MX : Authority.US;
    }

    /** Selections of the flagged consignments, by consignment index; call inside the manifest's transaction. */
    Map<Integer, Selected> select(UUID manifestId, String courierId, Direction direction, Map<Integer, Parcel> parcels,
                                  Map<Integer, List<Flag>> flags) {
        Authority authority = authorityOf(direction);
        List<Integer> indexes = new ArrayList<>(flags.keySet());
        List<SelectionRequest> requests = new ArrayList<>(indexes.size());
        for (Integer index : indexes) {
            requests.add(request(manifestId, courierId, authority, parcels.get(index), flags.get(index)));
        }
        List<Selection> selections = requests.isEmpty() ? List.of() : selectivity.selectAll(requests);
        Map<Integer, Selected> out = new HashMap<>(indexes.size() * 2);
        for (int i = 0; i < indexes.size(); i++) {
            Selection.AuthorityLane lane = selections.get(i).lanes().get(authority);
            Set<String> rules = new LinkedHashSet<>();
            lane.reasons().forEach(r -> rules.add(r.rule()));
            out.put(indexes.get(i), new Selected(requests.get(i).crossingId(), lane.lane().name(), String.join(", ", rules)));
        }
        return out;
    }

    private SelectionRequest request(UUID manifestId, String courierId, Authority authority, Parcel p, List<Flag> found) {
        SelectionRequest.LineFacts line = new SelectionRequest.LineFacts(p.hsCode(), p.origin(), p.valueUsd(), List.of(), null,
                p.weightKg(), KILOGRAM);
        SelectionRequest.DeclarationFacts declaration = new SelectionRequest.DeclarationFacts(authority,
                SelectionRequest.COURIER_CONSIGNMENT, courierId, List.of(line));
        Map<String, String> attributes = new HashMap<>();
        attributes.put(FLAG_ATTRIBUTE, String.join(",", found.stream().map(f -> f.code().name()).toList()));
        BigDecimal stake = largestStake(found);
        if (stake != null) {
            attributes.put(STAKE_ATTRIBUTE, stake.toPlainString());
        }
        return new SelectionRequest(caseId(manifestId, p.guide()), List.of(declaration), List.of(), false, clock.instant(),
                attributes);
    }

    /** The largest amount in USD any of the flags puts at stake, or null when none is measurable by the rate. */
    static BigDecimal largestStake(List<Flag> flags) {
        BigDecimal max = null;
        for (Flag f : flags) {
            BigDecimal amount = f.taxAtStake() == null ? null : f.taxAtStake().amountUsd();
            if (amount != null && (max == null || amount.compareTo(max) > 0)) {
                max = amount;
            }
        }
        return max;
    }
}
