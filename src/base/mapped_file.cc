#include "base/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace sitrep {

Result<MappedFile> MappedFile::Open(const std::string& path, const char* what, size_t min_size) {
  int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) return Status::Error(path + ": cannot open " + what + " (run setup, or sitrep dict)");
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(min_size)) {
    close(fd);
    return Status::Error(path + ": not a sitrep " + what);
  }
  void* map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return Status::Error(path + ": cannot map " + what);
  MappedFile f;
  f.map_ = map;
  f.size_ = static_cast<size_t>(st.st_size);
  return f;
}

MappedFile MappedFile::Own(std::string bytes) {
  MappedFile f;
  f.owned_ = std::move(bytes);
  return f;
}

MappedFile::~MappedFile() {
  if (map_) munmap(map_, size_);
}

MappedFile::MappedFile(MappedFile&& o) noexcept
    : map_(std::exchange(o.map_, nullptr)), size_(std::exchange(o.size_, 0)), owned_(std::move(o.owned_)) {}

MappedFile& MappedFile::operator=(MappedFile&& o) noexcept {
  if (this != &o) {
    if (map_) munmap(map_, size_);
    map_ = std::exchange(o.map_, nullptr);
    size_ = std::exchange(o.size_, 0);
    owned_ = std::move(o.owned_);
  }
  return *this;
}

}  // namespace sitrep
