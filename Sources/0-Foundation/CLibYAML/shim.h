#ifndef PAPERWORK_CLIBYAML_SHIM_H
#define PAPERWORK_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
