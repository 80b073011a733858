package no.laget.platform.pdf;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.laget.support.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static no.laget.support.Pdfs.fonts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer writes every script the family's languages need: Latin with Polish and Lithuanian letters,
 * Cyrillic (Ukrainian), Arabic joined and right to left, and Ethiopic (Tigrinya), with the fonts embedded, and the
 * document still passes veraPDF's PDF/UA-1 and PDF/A-3u checks, in bokmål and in Arabic.
 */
class AccessiblePdfLanguagesTest {

    private static final String ARABIC = "من يستطيع المساعدة؟";
    private static final String TIGRINYA = "መን ክሕግዝ ይኽእል?";
    private static final String UKRAINIAN = "Хто може допомогти? Здоров’я, сім’я, ґанок, їжак, є";
    private static final String POLISH_AND_LITHUANIAN = "Zażółć gęślą jaźń. Lietuvių: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ";

    private static AccessiblePdf renderer;

    @BeforeAll
    static void renderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        renderer = new AccessiblePdf(engine);
    }

    @Test
    void an_arabic_document_with_tigrinya_and_ukrainian_embeds_every_font_it_needs_and_passes_verapdf() throws Exception {
        byte[] pdf = renderer.render("pdf-test/languages", model("ar", "rtl", ARABIC, ARABIC + " ١٢٣"),
                Locale.forLanguageTag("ar"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(ARABIC);
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("NotoSansArabic"))
                    .anyMatch(name -> name.contains("NotoSansEthiopic")).anyMatch(name -> name.contains("DejaVuSans"));
            String text = new PDFTextStripper().getText(document);
            // the glyphs are the joined forms, and the text a reader copies or hears is the words themselves
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains("يستطيع");
            assertThat(text).contains("ክሕግዝ").contains("допомогти").contains("ąčęėįšųūž").contains("Zażółć");
        }
        VeraPdf.assertPasses(pdf);
    }

    @Test
    void a_bokmaal_document_is_left_to_right_and_passes_verapdf() throws Exception {
        byte[] pdf = renderer.render("pdf-test/languages", model("nb", "ltr", "Hvem kan hjelpe?", "Ærlig talt, ørsmå åkre"),
                Locale.forLanguageTag("nb-NO"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            assertThat(new PDFTextStripper().getText(document)).contains("Hvem kan hjelpe?").contains("Ærlig talt, ørsmå åkre");
        }
        VeraPdf.assertPasses(pdf);
    }

    @Test
    void arabic_letters_are_joined_into_their_contextual_forms_and_back() {
        String shaped = IcuBidi.REORDERER.shapeText("يستطيع");
        assertThat(shaped.codePoints()).allMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
        assertThat(IcuBidi.REORDERER.deshapeText(shaped)).isEqualTo("يستطيع");
        assertThat(IcuBidi.REORDERER.shapeText("Laget ትግርኛ")).isEqualTo("Laget ትግርኛ");
    }

    @Test
    void only_right_to_left_languages_start_right_to_left() {
        assertThat(AccessiblePdf.isRightToLeft(Locale.forLanguageTag("ar"))).isTrue();
        assertThat(AccessiblePdf.isRightToLeft(Locale.forLanguageTag("ti"))).isFalse();
        assertThat(AccessiblePdf.isRightToLeft(Locale.forLanguageTag("nb-NO"))).isFalse();
    }

    private static Map<String, Object> model(String lang, String dir, String title, String bold) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("dir", dir);
        model.put("title", title);
        model.put("bold", bold);
        model.put("lines", List.of(
                new Line("ar", "rtl", ARABIC + " تجد هنا خدمات للأطفال والشباب والعائلات في Halden kommune."),
                new Line("ti", "ltr", TIGRINYA),
                new Line("uk", "ltr", UKRAINIAN),
                new Line("pl", "ltr", POLISH_AND_LITHUANIAN)));
        return model;
    }

    public record Line(String lang, String dir, String text) {}
}
