// Personal data: which of it each reader sees. One table for every response, export,
// history and feed; docs/privacy.md has it in words. The use case that shows a record
// decides how its reader stands to the person in it; this table decides what follows.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "domain/access/policy.h"
#include "domain/agreement.h"
#include "domain/person.h"
#include "domain/user.h"

namespace orbis::domain {

// How the reader of a record stands to the person it is about.
enum class Standing {
  office,       // an admin or an officer: every record
  self,         // the person themselves
  coordinator,  // the coordinator of the org unit the record belongs to
  partner,      // a user at the partner institution that sends or receives the person, or
                // (on an agreement) that is a party to it
  outsider,     // anyone else allowed to read the record: viewers, always
};

// What a reader sees. What is not disclosed is left out of every response, export and feed.
struct Disclosure {
  bool email = false;  // a person's, or an agreement contact's, e-mail
  bool phone = false;  // a person's, or an agreement contact's, phone
  bool date_of_birth = false;
  bool passport_number = false;
  bool gpa = false;                // the grade point average at home
  bool grades = false;             // results: transcripts, converted grades, credentials
  bool application_files = false;  // an application's motivation and documents
  bool actor_emails = false;       // who did what, by e-mail; otherwise by name and role
};

// How `reader` stands to the person a record is about, from what bounds the record (the
// access policy's Subject: the person's account, the record's org unit, the institutions it
// involves). Admins and officers: office. A coordinator of the record's org unit:
// coordinator. The person themselves, signed in as a student: self. A user of an
// institution the record involves: partner. Anyone else: outsider. Each area says what
// bounds its records; this decides, once for all of them.
Standing standing(const Actor& reader, const access::Subject& record);

// THE table (docs/privacy.md).
Disclosure disclosure(Standing standing);

// Clears the person's fields that `d` does not disclose.
void redact(Person& person, const Disclosure& d);
// Clears a contact's e-mail and phone when `d` does not disclose them.
void redact(Contact& contact, const Disclosure& d);

// How the user behind an action is named to a reader who may not see e-mails:
// "Chen Jing 陈静 (officer)".
std::string actor_label(std::string_view name, std::string_view role);

}  // namespace orbis::domain
