import Output
import Testing

@Suite struct OutputFormatTests {
    @Test func formatsAreReadOnceEach() {
        #expect(OutputFormat.list("docx,DOCX, odt,pdf,odt") == [.docx, .odt, .pdf])
        #expect(OutputFormat.list("docx,rtf") == nil)
        #expect(OutputFormat.list("") == nil)
    }
}
