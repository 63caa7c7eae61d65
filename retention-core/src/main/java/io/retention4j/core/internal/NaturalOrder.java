package io.retention4j.core.internal;

import java.util.Comparator;

/**
 * The canonical order of ids: ids made only of ASCII digits (without a sign) sort numerically
 * before all others ("2" before "10", "007" after "7" and before "8": equal values sort with fewer
 * leading zeros first); all others sort by
 * {@link String#compareTo}. Gives logs a customer order that does not depend on input order and
 * reads naturally for numeric ids.
 */
public final class NaturalOrder implements Comparator<String> {
    /** The shared instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        boolean da = isDigits(a);
        boolean db = isDigits(b);
        if (da && db) {
            int c = compareNumeric(a, b);
            // equal values: fewer leading zeros first ("7" < "07" < "007"); equal lengths mean equal strings
            return c != 0 ? c : Integer.compare(a.length(), b.length());
        }
        if (da != db) {
            return da ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static int compareNumeric(String a, String b) {
        int ia = firstNonZero(a);
        int ib = firstNonZero(b);
        int la = a.length() - ia;
        int lb = b.length() - ib;
        if (la != lb) {
            return Integer.compare(la, lb);
        }
        for (int k = 0; k < la; k++) {
            int c = Character.compare(a.charAt(ia + k), b.charAt(ib + k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int firstNonZero(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
