import RussianText
import TemplateEngine

extension RussianPeriod {
    /// The period as the department's and the order's texts read it: `period.text` («сентябрь–октябрь
    /// 2023 года») and `period.in` («в сентябре–октябре 2023 года»).
    public var templateValue: TemplateValue {
        .object([("text", .string(nominative)), ("in", .string(prepositional))])
    }
}
