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
            if (e.family() != null) {
                args.add(messages.getMessage("compliance.fuel." + e.family().name(), null, locale));
            }
            out.add(new DetectionView.EvidenceText(e.code(), messages.getMessage(e.messageKey(), args.toArray(), locale)));
        }
        return out;
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
