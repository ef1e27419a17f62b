package org.jointacceptance.acceptance.intake;

/**
 * The 18-character unified social credit code of GB 32100-2015 that identifies a firm: 31 symbols (no I, O, Z, S,
 * V), the last a check character over the first seventeen.
 */
public final class UnifiedSocialCreditCode {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (SYMBOLS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character for the first seventeen characters of a code. */
    public static char checkCharacter(String firstSeventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += SYMBOLS.indexOf(firstSeventeen.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return SYMBOLS.charAt(check == 31 ? 0 : check);
    }
}
