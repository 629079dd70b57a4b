package io.jointclear.compliance.internal;

import io.jointclear.compliance.DetectionView;

import io.jointclear.compliance.detection.Evidence;
import io.jointclear.compliance.detection.FuelRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A detection's evidence in the reader's language (bundle keys {@code compliance.evidence.*}). */
@Component
class DetectionTexts {

    private final MessageSource messages;

    DetectionTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<DetectionView.EvidenceText> evidence(List<Evidence> evidence) {
        Locale locale = LocaleContextHolder.getLocale();
        List<DetectionView.EvidenceText> out = new ArrayList<>();
        for (Evidence e : evidence) {
            List<Object> args = new ArrayList<>(e.args());
            if (e.code().equals(io.jointclear.compliance.detection.MisclassificationDetector.MODEL) && args.size() > 1) {
                args.set(1, features(String.valueOf(args.get(1)), locale));
            }
            if (e.family() != null) {
                args.add(messages.getMessage("compliance.fuel." + e.family().name(), null, locale));
            }
            out.add(new DetectionView.EvidenceText(e.code(), messages.getMessage(e.messageKey(), args.toArray(), locale)));
        }
        return out;
    }

    /** The model's feature names ("w:granel", "uvf:-1", "tr:TANK_TRUCK") in words: the kind from the bundle, then the value. */
    private String features(String names, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String f : names.split(",\\s*")) {
            int colon = f.indexOf(':');
            if (f.isBlank() || colon < 0) {
                continue;
            }
            String kind = f.substring(0, colon);
            String value = f.substring(colon + 1);
            if (value.contains("|")) {
                kind = "combined";
            }
            String label = messages.getMessage("compliance.feature." + kind, null, kind, locale);
            out.add(kind.equals("w") || kind.equals("rule") || kind.equals("tr") || kind.equals("hd") || kind.equals("named")
                    ? label + " " + value : label);
        }
        return String.join("; ", out);
    }

    String explanation(StoredDetection d, List<DetectionView.EvidenceText> evidence) {
        Locale locale = LocaleContextHolder.getLocale();
        String head = messages.getMessage("compliance.explanation", new Object[]{d.line().declaredCode(), d.proposedCode(),
                messages.getMessage("compliance.fuel." + d.family(), null, locale),
                d.taxAtStake() == null ? messages.getMessage("compliance.explanation.noQuota", null, locale)
                        : String.format(Locale.ROOT, "%,.2f", d.taxAtStake())}, locale);
        StringBuilder s = new StringBuilder(head);
        for (DetectionView.EvidenceText t : evidence) {
            if (!t.code().equals(FuelRules.FUEL_ROUTE)) {
                s.append(' ').append(t.text());
            }
        }
        return s.toString();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
