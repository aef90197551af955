#include "base/file.h"

#include <fstream>
#include <sstream>

namespace sitrep {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": cannot read");
  return buf.str();
}

}  // namespace sitrep
