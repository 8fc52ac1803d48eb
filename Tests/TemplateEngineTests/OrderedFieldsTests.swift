import TemplateEngine
import Testing

/// Objects keep their keys in the order written, small ones searched key by key and large ones
/// through an index, with the same answers either way.
@Suite struct OrderedFieldsTests {
    @Test(arguments: [3, 8, 9, 40])
    func keepsOrderReplacesAndRemoves(count: Int) {
        var fields = OrderedFields((0..<count).map { ("ключ\($0)", TemplateValue.number(Double($0))) })
        #expect(fields.keys == (0..<count).map { "ключ\($0)" })
        for index in 0..<count { #expect(fields["ключ\(index)"] == .number(Double(index))) }
        #expect(fields["нет"] == nil)

        fields["ключ1"] = .string("новое")
        #expect(fields.keys == (0..<count).map { "ключ\($0)" })
        #expect(fields["ключ1"] == .string("новое"))

        fields["ключ0"] = nil
        #expect(fields.keys == (1..<count).map { "ключ\($0)" })
        #expect(fields["ключ0"] == nil)
        for index in 2..<count { #expect(fields["ключ\(index)"] == .number(Double(index))) }

        fields["добавлен"] = .bool(true)
        #expect(fields.keys.last == "добавлен" && fields["добавлен"] == .bool(true))
        for index in 2..<count { #expect(fields["ключ\(index)"] == .number(Double(index))) }
    }

    @Test func aRepeatedKeyKeepsItsFirstPlaceAndLastValue() {
        let fields = OrderedFields([("a", .number(1)), ("b", .number(2)), ("a", .number(3))])
        #expect(fields.keys == ["a", "b"])
        #expect(fields["a"] == .number(3))
    }

    @Test func equalWhenSameKeysInSameOrderWithEqualValues() {
        let pairs: [(String, TemplateValue)] = (0..<12).map { ("k\($0)", .number(Double($0))) }
        #expect(OrderedFields(pairs) == OrderedFields(pairs))
        #expect(OrderedFields(pairs) != OrderedFields(pairs.reversed()))
        #expect(OrderedFields(Array(pairs.prefix(3))) != OrderedFields(Array(pairs.prefix(4))))
        var changed = OrderedFields(pairs)
        changed["k5"] = .number(-1)
        #expect(changed != OrderedFields(pairs))
        #expect(OrderedFields().isEmpty && !OrderedFields(pairs).isEmpty)
    }
}
