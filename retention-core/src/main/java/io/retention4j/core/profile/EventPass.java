package io.retention4j.core.profile;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import java.util.Set;
import java.util.TreeMap;

/**
 * One pass over an event log filling the behaviour columns of the profiles: counts and last instant
 * per event type, open support tickets, and the first instant the customer was seen.
 */
final class EventPass {
    private final EventLog log;
    private final CustomerProfiles.Columns out;
    private final long asOf;
    private final int openedCode;
    private final int closedCode;
    private final long[] counts;
    private final long[] last;
    private int[] touched = new int[16];
    private final Set<String> openTicketIds = new HashSet<>();

    EventPass(EventLog log, CustomerProfiles.Columns out, long asOf) {
        this.log = log;
        this.out = out;
        this.asOf = asOf;
        this.openedCode = log.types().indexOf(EventType.SUPPORT_TICKET_OPENED.name());
        this.closedCode = log.types().indexOf(EventType.SUPPORT_TICKET_CLOSED.name());
        this.counts = new long[log.types().size()];
        this.last = new long[log.types().size()];
    }

    void run() {
        for (int e = 0; e < log.customerCount(); e++) {
            customer(e, out.indexOf(log.customers().id(e)));
        }
    }

    private void customer(int e, int p) {
        int touchedCount = 0;
        int anonymousOpen = 0;
        openTicketIds.clear();
        int end = log.endRow(e);
        for (int row = log.firstRow(e); row < end; row++) {
            long t = log.epochMillis(row);
            if (t > asOf) {
                break;
            }
            int type = log.typeCode(row);
            if (counts[type]++ == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = type;
            }
            last[type] = t;
            if (type == openedCode || type == closedCode) {
                String ticket = log.properties(row).get(Event.TICKET_ID);
                boolean opened = type == openedCode;
                if (ticket != null) {
                    if (opened) {
                        openTicketIds.add(ticket);
                    } else {
                        openTicketIds.remove(ticket);
                    }
                } else {
                    anonymousOpen = Math.max(0, anonymousOpen + (opened ? 1 : -1));
                }
            }
        }
        if (touchedCount == 0) {
            return;
        }
        out.firstSeen[p] = Math.min(out.firstSeen[p], log.epochMillis(log.firstRow(e)));
        TreeMap<String, Long> countByType = new TreeMap<>();
        TreeMap<String, Instant> lastByType = new TreeMap<>();
        for (int i = 0; i < touchedCount; i++) {
            int type = touched[i];
            String name = log.types().id(type);
            countByType.put(name, counts[type]);
            lastByType.put(name, Instant.ofEpochMilli(last[type]));
            counts[type] = 0;
        }
        out.eventCounts[p] = Collections.unmodifiableMap(countByType);
        out.lastEvents[p] = Collections.unmodifiableMap(lastByType);
        out.openTickets[p] = openTicketIds.size() + anonymousOpen;
    }

}
