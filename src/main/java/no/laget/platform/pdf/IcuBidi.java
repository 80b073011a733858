package no.laget.platform.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for openhtmltopdf with ICU: the Unicode bidi algorithm splits a paragraph into runs of one
 * direction, and Arabic letters are shaped into their joined forms (initial, medial, final) before the glyphs are
 * laid out, since the PDF library does not apply the fonts' own joining rules. The same as openhtmltopdf's
 * rtl-support module, which Maven Central has only for older versions of the renderer.
 */
final class IcuBidi {

    private IcuBidi() {
    }

    static final BidiSplitterFactory SPLITTER = Splitter::new;

    static final BidiReorderer REORDERER = new Reorderer();

    private static final class Splitter implements BidiSplitter {

        private Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            bidi = new Bidi(paragraph, defaultDirection == RTL ? Bidi.RTL : defaultDirection == LTR ? Bidi.LTR
                    : Bidi.LEVEL_DEFAULT_LTR);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            byte direction = Bidi.getBaseDirection(paragraph);
            return direction == Bidi.RTL ? RTL : direction == Bidi.LTR ? LTR : NEUTRAL;
        }
    }

    private static final class Reorderer implements BidiReorderer {

        // ArabicShaping is immutable once built, so one instance serves every rendering thread.
        private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.LETTERS_SHAPE);
        private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE);

        @Override
        public String reorderRTLTextToLTR(String text) {
            return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            try {
                return shaper.shape(text);
            } catch (ArabicShapingException e) {
                return text;
            }
        }

        @Override
        public String deshapeText(String text) {
            try {
                return deshaper.shape(text);
            } catch (ArabicShapingException e) {
                return text;
            }
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }
    }
}
