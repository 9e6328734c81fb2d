// api-demo-template: builds the demo database every API suite of a ctest run copies
// (harness.h, write_demo_template). usage: orbis_api_demo_template DIR
#include <exception>
#include <iostream>

#include "harness.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: orbis_api_demo_template DIR\n";
    return 2;
  }
  try {
    orbis::testing::write_demo_template(argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "orbis_api_demo_template: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
