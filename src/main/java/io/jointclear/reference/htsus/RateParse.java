package io.jointclear.reference.htsus;

import io.jointclear.reference.DutyRate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one HTSUS rate text says, as far as it can be computed. Every outcome keeps the printed text.
 */
public sealed interface RateParse {

    /** The rate text as printed in the schedule. */
    String text();

    /** Whether the text was understood (everything but {@link Unparsed}). */
    default boolean understood() {
        return !(this instanceof Unparsed);
    }

    /**
     * The duty to apply for {@link Rate}, or the extra duty for {@link Additional}; empty when the
     * text gives no rate of its own.
     */
    default Optional<DutyRate> dutyRate() {
        return switch (this) {
            case Rate r -> Optional.of(r.rate());
            case Additional a -> Optional.of(a.extra());
            case Reference ignored -> Optional.empty();
            case Unparsed ignored -> Optional.empty();
        };
    }

    /** A complete rate, e.g. "6.8%", "Free", "2.2¢/kg + 5%". */
    record Rate(DutyRate rate) implements RateParse {
        public Rate {
            Objects.requireNonNull(rate, "rate");
        }

        @Override
        public String text() {
            return rate.text();
        }
    }

    /**
     * The duty of the applicable subheading plus {@code extra}: chapter 99 texts such as "The duty
     * provided in the applicable subheading + 25%" (extra 25%) and "No change" (extra nothing).
     */
    record Additional(DutyRate extra) implements RateParse {
        public Additional {
            Objects.requireNonNull(extra, "extra");
        }

        @Override
        public String text() {
            return extra.text();
        }
    }

    /**
     * The rate is printed under other tariff provisions, e.g. "See 9823.04.01-9823.04.54" in the
     * special column: not a rate here, but resolvable by looking those provisions up.
     */
    record Reference(String text, List<String> provisions) implements RateParse {
        public Reference {
            Objects.requireNonNull(text, "text");
            provisions = List.copyOf(provisions);
        }
    }

    /** Not a computable rate (or not understood): kept with the reason, never guessed. */
    record Unparsed(String text, String reason) implements RateParse {
        public Unparsed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
