// PaperworkKit is the one module a front end imports: it re-exports the stages' public types
// (domain values, diagnostics, output formats) beside its own façade of jobs.
@_exported import Diagnostics
@_exported import Documents
@_exported import Ingest
@_exported import Monitoring
@_exported import OfficePackage
@_exported import Orders
@_exported import Output
@_exported import RussianText
@_exported import Tables
@_exported import TemplateEngine
