/// Refuses document type declarations that could make a parser read files or expand
/// entities (XXE, billion laughs) before libxml2 sees a byte. Office parts never need a DTD.
enum PrologCheck {
    static func check(_ bytes: [UInt8], part: String) throws {
        let prolog = bytes[..<rootStart(bytes)]
        guard let doctype = find("<!DOCTYPE", in: prolog) else { return }
        let line = prolog[..<doctype].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let declaration = prolog[doctype...]
        if find("<!ENTITY", in: declaration) != nil {
            throw XMLError(
                .entityDeclared,
                "часть объявляет сущности XML (<!ENTITY>); такие части не "
                    + "обрабатываются из соображений безопасности — сохраните документ заново в Word или LibreOffice",
                part: part, line: line)
        }
        let head = declaration[
            ..<(declaration.firstIndex(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: ">") })
                ?? declaration.endIndex)]
        if find("SYSTEM", in: head) != nil || find("PUBLIC", in: head) != nil {
            throw XMLError(
                .externalDTD,
                "часть ссылается на внешнее описание типа документа (DTD); "
                    + "такие части не обрабатываются из соображений безопасности", part: part, line: line)
        }
    }

    /// The offset of the root element's `<`: the first `<` not followed by `?` or `!`.
    private static func rootStart(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] != UInt8(ascii: "?"),
                bytes[index + 1] != UInt8(ascii: "!")
            {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    private static func find(_ text: String, in haystack: ArraySlice<UInt8>) -> Int? {
        let needle = Array(text.utf8)
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
