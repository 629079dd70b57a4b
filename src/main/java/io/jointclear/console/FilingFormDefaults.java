package io.jointclear.console;

import io.jointclear.shared.Actor;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Starting values of the broker's filing form. The console itself pre-fills nothing: a profile that
 * wants a ready-made example (the demo) provides a bean of this type.
 */
public interface FilingFormDefaults {

    /**
     * Form field → value for a new filing by this broker, e.g. {@code carrierScac} or
     * {@code lines[0].mxTariffCode}; {@code arrival} is a sensible expected arrival in the port's time.
     */
    Map<String, String> forNewFiling(Actor actor, LocalDateTime arrival);
}
