import Foundation
import TemplateEngine
import Testing

@testable import Ingest

/// The located values: every value knows its line and column; keys keep their order and place;
/// scalars read as YAML 1.1 reads them.
@Suite struct YAMLValueTests {
    func parse(_ text: String) throws -> YAMLValue {
        try #require(try YAMLValue.parse(NamedBytes(name: "д.yaml", text: text)))
    }

    @Test func valuesKnowTheirLineAndColumn() throws {
        let root = try parse(
            """
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

    /// Plain scalars read as YAML 1.1 reads them (the table was checked against Yams' default
    /// resolver, which the old readers used, so data files keep their meaning).
    static let scalars: [(String, YAMLScalar.Kind)] = [
        ("12", .number(12.0)),
        ("-3.5", .number(-3.5)),
        ("+12", .number(12.0)),
        ("1e5", .number(100000.0)),
        ("1E+3", .number(1000.0)),
        (".5", .number(0.5)),
        (".5e-3", .number(0.0005)),
        (".5e3", .string),
        ("017", .number(17.0)),
        ("0o17", .string),
        ("0b101", .string),
        ("0x1F", .number(31.0)),
        ("0x1_f", .number(31.0)),
        ("1_000", .number(1000.0)),
        ("1:30", .string),
        ("1.", .number(1.0)),
        ("1.2.3", .string),
        ("-", .string),
        ("+", .string),
        (".", .string),
        ("0x", .string),
        ("1e", .string),
        (".inf", .string),
        ("-.inf", .string),
        (".nan", .string),
        ("inf", .string),
        ("nan", .string),
        ("yes", .bool(true)),
        ("No", .bool(false)),
        ("ON", .bool(true)),
        ("off", .bool(false)),
        ("y", .string),
        ("n", .string),
        ("true", .bool(true)),
        ("TRUE", .bool(true)),
        ("tRue", .string),
        ("~", .null),
        ("null", .null),
        ("NULL", .null),
        ("nULL", .string),
        ("", .null),
        ("2023-11-08", .string),
        ("<<", .string),
        ("=", .string),
        ("да", .string),
        ("12 шт.", .string),
        ("12abc", .string),
        ("١٢", .string),
        ("0", .number(0.0)),
        ("-0", .number(-0.0)),
        ("00", .number(0.0)),
        ("_1", .string),
        ("1__", .number(1.0)),
        ("0.5_", .number(0.5)),
        ("+.5", .string),
    ]

    @Test(arguments: scalars)
    func plainScalarsReadAsYAML11(text: String, expected: YAMLScalar.Kind) {
        #expect(ScalarKind.of(text, tag: nil, plain: true) == expected)
    }

    @Test func jsonKeepsKeyOrderAndPlaces() throws {
        let root = try YAMLValue.parseJSON(
            NamedBytes(
                name: "д.json",
                text: """
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
        let json = try DataFile.load(
            NamedBytes(name: "д.json", text: #"{"number": 57, "items": ["a", "b"], "flag": true}"#))
        #expect(yaml == json)
    }
}
