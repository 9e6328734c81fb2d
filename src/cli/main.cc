// The composition root: everything Orbis does starts from one of the sub-commands.
#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) {
  return orbis::cli::run(argc, argv, std::cin, std::cout, std::cerr);
}
