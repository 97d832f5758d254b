package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.Evidence;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.Plover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built claims for scorer tests: "PHONE_CALL KAZ/PARTICIPANT USA/PARTICIPANT g=x m=PLANNED d=2025-12-23". */
final class Claims {
    private Claims() {
    }

    static ClaimExtracted claim(String line) {
        String[] parts = line.trim().split("\\s+");
        ClaimType type = ClaimType.valueOf(parts[0]);
        List<ActorRef> actors = new ArrayList<>();
        String gathering = null;
        Modality modality = Modality.ASSERTED;
        ClaimDate date = ClaimDate.unknown();
        Plover plover = new Plover("CONSULT", "phone");
        for (String p : List.of(parts).subList(1, parts.length)) {
            if (p.startsWith("g=")) {
                gathering = "gathering:" + p.substring(2);
            } else if (p.startsWith("m=")) {
                modality = Modality.valueOf(p.substring(2));
            } else if (p.startsWith("d=")) {
                date = day(p.substring(2));
            } else if (p.startsWith("plover=")) {
                String[] em = p.substring(7).split("/", -1);
                plover = new Plover(em[0], em[1]);
            } else {
                String[] ar = p.split("/");
                String country = ar[0].length() == 3 ? ar[0] : null;
                actors.add(new ActorRef(ar[0], ar[0], country != null ? ActorKind.STATE : ActorKind.ORGANISATION,
                        ActorRole.valueOf(ar[1]), country));
            }
        }
        return new ClaimExtracted("c", "a", "test", type, plover, "040", actors, gathering, date, modality,
                new Attribution(null, null, Channel.OUTLET, false, null, false),
                new Evidence("A sentence.", 0, 0, 11, "call"), null, null);
    }

    private static ClaimDate day(String iso) {
        return switch (iso.length()) {
            case 4 -> new ClaimDate(LocalDate.parse(iso + "-01-01"), LocalDate.parse(iso + "-12-31"), DatePrecision.YEAR, iso);
            case 7 -> new ClaimDate(LocalDate.parse(iso + "-01"), LocalDate.parse(iso + "-01"), DatePrecision.MONTH, iso);
            default -> new ClaimDate(LocalDate.parse(iso), LocalDate.parse(iso), DatePrecision.DAY, iso);
        };
    }
}
