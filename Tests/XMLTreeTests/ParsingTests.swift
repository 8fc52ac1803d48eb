import Testing

@testable import XMLTree

@Suite struct ParsingTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    @Test func malformedXMLNamesPartLineAndColumn() {
        let error = #expect(throws: XMLError.self) {
            try XMLDocument(string: "<?xml version=\"1.0\"?>\n<a>\n  <b></c>\n</a>", part: "word/document.xml")
        }
        #expect(error?.code == .malformed)
        #expect(error?.part == "word/document.xml")
        #expect(error?.line == 3)
        #expect(error?.column != nil)
        #expect(error?.description.hasPrefix("word/document.xml, строка 3, столбец ") == true)
    }

    @Test func externalEntityIsRefusedAndNeverRead() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <a>&e;</a>
            """
        let error = #expect(throws: XMLError.self) { try XMLDocument(string: xml, part: "content.xml") }
        #expect(error?.code == .entityDeclared)
        #expect(error?.line == 2)
        #expect(error.map { "\($0)" }?.contains("root:") == false)
    }

    @Test func billionLaughsIsRefused() {
        var declarations = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE a [\(declarations)]><a>&l9;</a>"
        let error = #expect(throws: XMLError.self) { try XMLDocument(string: xml, part: "styles.xml") }
        #expect(error?.code == .entityDeclared)
    }

    @Test func externalDTDIsRefused() {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a/>"
        let error = #expect(throws: XMLError.self) { try XMLDocument(string: xml, part: "meta.xml") }
        #expect(error?.code == .externalDTD)
    }

    @Test func emptyPartIsRefused() {
        let error = #expect(throws: XMLError.self) { try XMLDocument(bytes: [], part: "content.xml") }
        #expect(error?.code == .empty)
    }

    @Test func namespacesAndAttributesAreRead() throws {
        let document = try XMLDocument(
            string: """
                <w:document xmlns:w="\(Self.w)"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> Савкиной Л.В. </w:t></w:r></w:p></w:body></w:document>
                """, part: "word/document.xml")
        let p = try #require(document.root.descendants("p", in: Self.w).first)
        #expect(p.qualifiedName == "w:p")
        #expect(p.attribute("rsidR", in: Self.w) == "00A1")
        #expect(p.text == " Савкиной Л.В. ")
        let t = try #require(p.descendants("t", in: Self.w).first)
        #expect(t.attribute("space", in: "http://www.w3.org/XML/1998/namespace") == "preserve")
    }
}
