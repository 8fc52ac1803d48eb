import Testing

@testable import Tables

@Suite struct XMLTextClipperTests {
    func clip(_ xml: String, _ limit: Int) -> (String, Bool) {
        let (bytes, clipped) = XMLTextClipper.clip(Array(xml.utf8), runsLongerThan: limit)
        return (String(decoding: bytes, as: UTF8.self), clipped)
    }

    @Test func shortTextIsLeftAlone() {
        #expect(clip("<a x=\"1\"><b>ёлка</b></a>", 8) == ("<a x=\"1\"><b>ёлка</b></a>", false))
    }

    @Test func longTextIsCutOnACharacterBoundary() {
        // «ёёёё» is 8 bytes: a cut after 5 bytes backs off to 4.
        #expect(clip("<t>ёёёё</t>", 5) == ("<t>ёё</t>", true))
    }

    @Test func referencesAreNotSplit() {
        #expect(clip("<t>ab&amp;cdef</t>", 4) == ("<t>ab</t>", true))
        #expect(clip("<t>ab&#1046;cdef</t>", 6) == ("<t>ab</t>", true))
        #expect(clip("<t>ab&amp;cdef</t>", 7) == ("<t>ab&amp;</t>", true))
    }

    @Test func markupIsNotText() {
        let xml = "<a title=\"x > yyyyyyyyyyyy\"><!-- > zzzzzzzzzzzz --><![CDATA[ > wwwwwwwwwwww ]]></a>"
        #expect(clip(xml, 4) == (xml, false))
    }
}
