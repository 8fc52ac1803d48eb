import Testing

@testable import XMLTree

@Suite struct EditingTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let body = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body><w:p><w:r><w:t>1</w:t></w:r></w:p><w:p><w:r><w:t>2</w:t></w:r></w:p></w:body></w:document>
        """

    private func paragraphs(_ document: XMLDocument) -> [String] {
        document.root.descendants("p", in: Self.w).map(\.text)
    }

    @Test func cloneInsertMoveAndRemove() throws {
        let document = try XMLDocument(string: Self.body, part: "word/document.xml")
        let ps = document.root.descendants("p", in: Self.w)
        let copy = ps[0].clone()
        copy.descendants("t", in: Self.w)[0].setText("1а")
        ps[1].insertAfter(copy)
        #expect(paragraphs(document) == ["1", "2", "1а"])
        ps[0].remove()
        #expect(paragraphs(document) == ["2", "1а"])
        ps[1].insertAfter(ps[0])
        #expect(paragraphs(document) == ["2", "1", "1а"])
    }

    @Test func newElementsUseDeclaredNamespaces() throws {
        let document = try XMLDocument(string: Self.body, part: "word/document.xml")
        let body = try #require(document.root.element("body", in: Self.w))
        let p = try document.makeElement("p", namespace: Self.w)
        let r = try document.makeElement("r", namespace: Self.w)
        let t = try document.makeElement("t", namespace: Self.w)
        t.append(document.makeText("Новый абзац"))
        r.append(t)
        p.append(r)
        body.append(p)
        let text = String(decoding: try document.serialized(), as: UTF8.self)
        #expect(text.contains("<w:p><w:r><w:t>Новый абзац</w:t></w:r></w:p></w:body>"))
        #expect(throws: XMLError.self) { try document.makeElement("x", namespace: "urn:undeclared") }
    }

    @Test func adjacentTextNodesMergeSafely() throws {
        let document = try XMLDocument(string: "<a>x</a>", part: "t.xml")
        let added = document.root.append(document.makeText("y"))
        #expect(document.root.text == "xy")
        #expect(added.text == "xy")
        #expect(document.root.children.count == 1)
    }

    @Test func serializationKeepsDeclarationNamespacesAndEscapes() throws {
        let document = try XMLDocument(string: Self.body, part: "word/document.xml")
        let t = try #require(document.root.descendants("t", in: Self.w).first)
        t.setText("A & B < C > \"D\" 'E' «ёлочки» 😀")
        try t.setAttribute("space", in: "http://www.w3.org/XML/1998/namespace", to: "preserve")
        let text = String(decoding: try document.serialized(), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
        #expect(text.contains("xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""))
        #expect(text.contains("mc:Ignorable=\"w14\""))
        #expect(text.contains("<w:t xml:space=\"preserve\">A &amp; B &lt; C &gt; \"D\" 'E' «ёлочки» 😀</w:t>"))
        let again = try XMLDocument(bytes: try document.serialized(), part: "word/document.xml")
        #expect(again.root.descendants("t", in: Self.w).first?.text == "A & B < C > \"D\" 'E' «ёлочки» 😀")
    }

    @Test func unchangedDocumentSerializesToTheSameMarkup() throws {
        let document = try XMLDocument(string: Self.body, part: "word/document.xml")
        let text = String(decoding: try document.serialized(), as: UTF8.self)
        #expect(text.trimmingCharacters(in: .newlines) == Self.body)
    }
}

@Suite struct CloneNamespaceTests {
    @Test func clonesReuseTheRootDeclarations() throws {
        let document = try XMLDocument(string: EditingTests.body, part: "word/document.xml")
        let p = try #require(document.root.descendants("p", in: EditingTests.w).first)
        p.insertAfter(p.clone())
        p.insertAfter(p.clone(deep: false))
        let text = String(decoding: try document.serialized(), as: UTF8.self)
        #expect(text.components(separatedBy: "xmlns:w=").count == 2)
        #expect(text.contains("<w:p><w:r><w:t>1</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>1</w:t></w:r></w:p>"))
    }
}
