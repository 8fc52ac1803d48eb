import Foundation
import Testing
@testable import Ingest
import TemplateEngine
import Yams

/// The located values: every value knows its line and column; keys keep their order and place;
/// scalars read as YAML 1.1 reads them.
@Suite struct YAMLValueTests {
    func parse(_ text: String) throws -> YAMLValue {
        try #require(try YAMLValue.parse(NamedBytes(name: "д.yaml", text: text)))
    }

    @Test func valuesKnowTheirLineAndColumn() throws {
        let root = try parse("""
            # комментарий
            title: «Приказ» № 5
            people:
              head: {surname: Ковалёва, title: начальник}
            items:
              - первый
              - text: второй
            """)
        #expect(root.file == "д.yaml" && root.line == 2 && root.column == 1)
        #expect(root["title"]?.string == "«Приказ» № 5")
        #expect((root["title"]?.line, root["title"]?.column) == (2, 8))
        #expect((root["people"]?["head"]?["title"]?.line, root["people"]?["head"]?["title"]?.column) == (4, 36))
        #expect((root["items"]?[1]?["text"]?.line, root["items"]?[1]?["text"]?.column) == (7, 11))
        #expect(root["items"]?[2] == nil && root["nothing"] == nil)
        let keys = try #require(root.pairs)
        #expect(keys.map(\.name) == ["title", "people", "items"])
        #expect(keys.map { "\($0.key.line):\($0.key.column)" } == ["2:1", "3:1", "5:1"])
        #expect(root["items"]?[0]?.location == .init(file: "д.yaml", line: 6, column: 5))
    }

    @Test func emptyFileHasNoDocument() throws {
        #expect(try YAMLValue.parse(NamedBytes(name: "д.yaml", text: "")) == nil)
        #expect(try YAMLValue.parse(NamedBytes(name: "д.yaml", text: "# только комментарий\n")) == nil)
    }

    @Test func scalarsAndTheirKinds() throws {
        let root = try parse("a: 2023\nb: 2,5\nc: yes\nd: ~\ne: '12'\nf: 2023-11-08\ng: 1_000\nh: да\ni:\nj: !!str 5\n")
        let value = root.templateValue
        #expect(value["a"] == .number(2023))
        #expect(value["b"] == .string("2,5"))
        #expect(value["c"] == .bool(true))
        #expect(value["d"] == .null && value["i"] == .null)
        #expect(value["e"] == .string("12"))
        #expect(value["f"] == .string("2023-11-08"))
        #expect(value["g"] == .number(1000))
        #expect(value["h"] == .string("да"))
        #expect(value["j"] == .string("5"))
        #expect(root["a"]?.string == "2023")
    }

    /// The hand-written resolver reads plain scalars exactly as Yams' default resolver does.
    @Test(arguments: ["12", "-3.5", "+12", "1e5", "1E+3", ".5", ".5e-3", ".5e3", "017", "0o17", "0b101", "0x1F", "0x1_f", "1_000",
                      "1:30", "1.", "1.2.3", "-", "+", ".", "0x", "1e", ".inf", "-.inf", ".nan", "inf", "nan", "yes", "No", "ON",
                      "off", "y", "n", "true", "TRUE", "tRue", "~", "null", "NULL", "nULL", "", "2023-11-08", "<<", "=", "да",
                      "12 шт.", "12abc", "١٢", "0", "-0", "00", "_1", "1__", "0.5_", "+.5"])
    func resolverAgreesWithYams(text: String) {
        let expected: YAMLScalar.Kind
        switch Resolver.default.resolveTag(of: Node(text)) {
        case .null: expected = .null
        case .bool: expected = .bool(Bool.construct(from: Node.Scalar(text)) ?? false)
        case .int, .float: expected = Double(text.replacingOccurrences(of: "_", with: "")).map { .number($0) } ?? .string
        default: expected = .string
        }
        #expect(ScalarKind.of(text, tag: nil, plain: true) == expected)
    }

    @Test func jsonKeepsKeyOrderAndPlaces() throws {
        let root = try YAMLValue.parseJSON(NamedBytes(name: "д.json", text: """
            {"b": 1, "a": [true, null, "😀\\u00e9\\ud83d\\ude00"],
             "c": {"d": -2.5e1}}
            """))
        #expect(root.pairs?.map(\.name) == ["b", "a", "c"])
        #expect(root.templateValue["a"] == .list([.bool(true), .null, .string("😀é😀")]))
        #expect(root.templateValue["c"]?["d"] == .number(-25))
        let lone = try YAMLValue.parseJSON(NamedBytes(name: "д.json", text: #"["\ud800\n", "\ud800"]"#))
        #expect(lone.templateValue == .list([.string("\u{FFFD}\n"), .string("\u{FFFD}")]))
        #expect((root["c"]?["d"]?.line, root["c"]?["d"]?.column) == (2, 13))
    }

    @Test func yamlAndJSONReadTheSame() throws {
        let yaml = try DataFile.load(NamedBytes(name: "д.yaml", text: "number: 57\nitems: [a, b]\nflag: true\n"))
        let json = try DataFile.load(NamedBytes(name: "д.json", text: #"{"number": 57, "items": ["a", "b"], "flag": true}"#))
        #expect(yaml == json)
    }
}
