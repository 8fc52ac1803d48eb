import Orders
import RussianText

/// Reads the issuer's name for running text: `issuer_name` in the nominative («отдел образования
/// администрации … района»), every other case derived from it; `issuer_forms` (`{genitive: …}`)
/// or the older `issuer_genitive` give a form explicitly. An explicit genitive that is in fact a
/// nominative («отдел образования …») is a problem of the file: the letter would read «просим
/// сообщить в адрес отдел образования».
enum OfficeNameReader {
    static func read(_ root: YAMLValue, reader: inout YAMLFields<DocumentCode>) -> OfficeName {
        let nominative = root["issuer_name"]?.string ?? ""
        var overrides: [GrammaticalCase: String] = [:]
        for pair in reader.mapping(root, "issuer_forms") {
            guard let grammaticalCase = GrammaticalCase(name: pair.name), let form = pair.value.string else {
                reader.problem(
                    .badField,
                    "issuer_forms: «\(pair.name)» — не падеж; пишите genitive, dative, accusative, instrumental "
                        + "или prepositional (родительный, дательный, …) и текст формы", at: pair.value)
                continue
            }
            overrides[grammaticalCase] = form
        }
        if let genitive = root["issuer_genitive"]?.string, overrides[.genitive] == nil {
            overrides[.genitive] = genitive
        }
        if let genitive = overrides[.genitive], OrganizationDeclension.isNominative(genitive) {
            let field = root["issuer_forms"]?["genitive"] ?? root["issuer_genitive"]
            let derived = OrganizationDeclension.decline(genitive, .genitive)
            reader.problem(
                .badField,
                "«\(genitive)» — именительный падеж, а нужен родительный («\(derived)»); лучше удалите это поле и "
                    + "укажите issuer_name в именительном падеже: остальные падежи программа выведет сама",
                at: field)
        }
        return OfficeName(nominative, overrides: overrides)
    }
}
