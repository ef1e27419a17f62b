package org.jointacceptance.acceptance.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a document of record on A4 pages: a title, paragraphs, a ruled table, a QR code, in the Chinese font the
 * document embeds (Noto Sans SC, subset to the characters used), so that any reader on any machine shows the same
 * words. Lines wrap at the page's width, Chinese at any character and other text at a space where one is near;
 * a character the font lacks is shown as {@code ?} rather than refusing the document.
 */
public final class PdfLayout implements AutoCloseable {

    private static final String FONT = "/fonts/NotoSansSC_400Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final float MARGIN = 56;
    private static final float LEADING = 1.45f;
    private static final float CELL_PADDING = 3;

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont trueType;
    private final CmapLookup characters;
    private final PDType0Font font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;

    public PdfLayout(String title, String subject, String author, String language) {
        try {
            trueType = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
            characters = trueType.getUnicodeCmapLookup();
            font = PDType0Font.load(document, trueType, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document font", e);
        }
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setSubject(subject);
        information.setAuthor(author);
        information.setCreator("joint-acceptance");
        document.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    public void title(String text) {
        space(8);
        for (String line : lines(text, 18, width)) {
            float lineWidth = textWidth(line, 18);
            write(line, 18, MARGIN + (width - lineWidth) / 2);
        }
        space(10);
    }

    public void paragraph(String text, float size) {
        for (String line : lines(text, size, width)) {
            write(line, size, MARGIN);
        }
        space(size * 0.4f);
    }

    /** A ruled table whose columns take the given shares of the width; the first row is the header. */
    public void table(float[] shares, List<List<String>> rows, float size) {
        float[] columns = new float[shares.length];
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        for (int i = 0; i < shares.length; i++) {
            columns[i] = width * shares[i] / total;
        }
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < columns.length; i++) {
                List<String> lines = lines(row.get(i) == null ? "" : row.get(i), size, columns[i] - 2 * CELL_PADDING);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            float rowHeight = height * size * LEADING + 2 * CELL_PADDING;
            if (y - rowHeight < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                rectangle(x, y - rowHeight, columns[i], rowHeight);
                float lineY = y - CELL_PADDING;
                for (String line : cells.get(i)) {
                    lineY -= size * LEADING;
                    text(line, size, x + CELL_PADDING, lineY + size * (LEADING - 1) / 2 + 1);
                }
                x += columns[i];
            }
            y -= rowHeight;
        }
        space(size);
    }

    /** A QR code's dark modules ({@code modules[y][x]}), {@code extent} points wide, beside a paragraph. */
    public void qrCode(boolean[][] modules, float extent, String beside, float size) {
        if (y - extent < MARGIN) {
            newPage();
        }
        int quiet = 4;
        float module = extent / (modules.length + 2 * quiet);
        float top = y;
        try {
            page.setNonStrokingColor(0f);
            for (int row = 0; row < modules.length; row++) {
                for (int column = 0; column < modules[row].length; column++) {
                    if (modules[row][column]) {
                        page.addRect(MARGIN + (column + quiet) * module, top - (row + quiet + 1) * module, module,
                                module);
                    }
                }
            }
            page.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float textX = MARGIN + extent + 12;
        float lineY = top - 2 * quiet * module;
        for (String line : lines(beside, size, width - extent - 12)) {
            lineY -= size * LEADING;
            text(line, size, textX, lineY);
        }
        y = Math.min(top - extent, lineY) - size;
    }

    public void space(float points) {
        y -= points;
    }

    /** The document as it stands, to be signed. */
    public byte[] toBytes() {
        try {
            page.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // objects stay outside object streams: the document's information reads as plain text in the file
            document.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the document", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
            trueType.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            page.setLineWidth(0.6f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void write(String line, float size, float x) {
        if (y - size * LEADING < MARGIN) {
            newPage();
        }
        y -= size * LEADING;
        text(line, size, x, y);
    }

    private void text(String line, float size, float x, float baseline) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(line);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rectangle(float x, float bottom, float w, float h) {
        try {
            page.addRect(x, bottom, w, h);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} broken into lines no wider than {@code available}, each of them printable in the font. */
    private List<String> lines(String text, float size, float available) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int offset = 0; offset < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(offset);
                offset += Character.charCount(codePoint);
                line.appendCodePoint(codePoint);
                if (codePoint == ' ') {
                    lastSpace = line.length();
                }
                if (textWidth(line.toString(), size) > available && line.length() > 1) {
                    boolean atSpace = lastSpace > 0 && lastSpace > line.length() / 2;
                    int cut = atSpace ? lastSpace : line.length() - Character.charCount(codePoint);
                    lines.add(line.substring(0, cut).stripTrailing());
                    line.delete(0, cut);
                    lastSpace = -1;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(codePoint -> printable.appendCodePoint(
                codePoint == '\n' || characters.getGlyphId(codePoint) > 0 ? codePoint : '?'));
        return printable.toString();
    }

    private float textWidth(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontBytes() {
        try (InputStream in = PdfLayout.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing: the build unpacks it into the classes");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FONT, e);
        }
    }
}
