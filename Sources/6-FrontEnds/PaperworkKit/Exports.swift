// PaperworkKit is the one module a front end imports: it re-exports the stages' public types
// (domain values, diagnostics, output formats) beside its own façade of jobs.
@_exported import Diagnostics
import Documents
@_exported import Documents
import Ingest
@_exported import Ingest
import Monitoring
@_exported import Monitoring
import OfficePackage
@_exported import OfficePackage
import Orders
@_exported import Orders
import Output
@_exported import Output
import RussianText
@_exported import RussianText
import Tables
@_exported import Tables
import TemplateEngine
@_exported import TemplateEngine
