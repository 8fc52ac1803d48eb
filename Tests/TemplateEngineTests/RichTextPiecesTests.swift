import Testing

@testable import TemplateEngine

/// How both formats cut a rich-text segment: line breaks (any convention) and tabs apart, the
/// characters XML forbids gone.
@Suite struct RichTextPiecesTests {
    @Test func lineBreaksTabsAndForbiddenCharacters() {
        #expect(
            RichText.pieces(of: "а\r\nб\rв\nг\u{2028}д\tе\u{0001}ж")
                == [
                    .text("а"), .lineBreak, .text("б"), .lineBreak, .text("в"), .lineBreak, .text("г"), .lineBreak,
                    .text("д"), .tab, .text("еж"),
                ])
        #expect(RichText.pieces(of: "\n\n  x ") == [.lineBreak, .lineBreak, .text("  x ")])
        #expect(RichText.pieces(of: "").isEmpty)
    }
}
