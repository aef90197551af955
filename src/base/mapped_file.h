// A read-only file mapped into memory (the compiled dictionary, the gazetteer), or an owned copy
// of an image built in memory; both give the same view of bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep {

class MappedFile {
 public:
  MappedFile() = default;
  // Maps `path`; `what` names the file in messages ("dictionary", "gazetteer"), `min_size` is the
  // smallest size worth reading (its header).
  static Result<MappedFile> Open(const std::string& path, const char* what, size_t min_size);
  static MappedFile Own(std::string bytes);
  ~MappedFile();
  MappedFile(MappedFile&& o) noexcept;
  MappedFile& operator=(MappedFile&& o) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return map_ ? static_cast<const char*>(map_) : owned_.data(); }
  size_t size() const { return map_ ? size_ : owned_.size(); }

 private:
  void* map_ = nullptr;
  size_t size_ = 0;
  std::string owned_;
};

}  // namespace sitrep
