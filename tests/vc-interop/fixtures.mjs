// Unsigned credentials of the kinds Orbis issues, for the interop tests and the benchmark.
// Each function takes the issuer to name (a DID, an object, or undefined to leave `issuer`
// out so that `orbis credential sign` fills it in).

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';

function withIssuer(credential, issuer) {
  return issuer === undefined ? credential : {...credential, issuer};
}

export function exchangeCompletion(issuer) {
  return withIssuer({
    '@context': [VC_V2],
    id: 'urn:uuid:0b6d7c2e-1f4a-4c7e-9a55-3e2f1d0c9b81',
    type: ['VerifiableCredential', 'ExchangeCompletionCredential'],
    name: '交换学习完成证明 / Exchange completion',
    validFrom: '2026-07-15T00:00:00Z',
    credentialSubject: {
      id: 'did:example:student-2041',
      name: '王小明',
      homeInstitution: {name: '浙江大学', erasmusCode: 'CN HANGZHO01'},
      hostInstitution: {name: 'Universität Heidelberg', erasmusCode: 'D  HEIDELB01'},
      programme: 'Erasmus+ KA171',
      mobility: {start: '2026-02-16', end: '2026-07-10', semester: 'Sommersemester 2026'},
      creditsRecognised: 30,
    },
  }, issuer);
}

export function transcriptOfRecords(issuer) {
  const courses = [
    ['INF-401', 'Verteilte Systeme', 8, '1,3', 'A'],
    ['INF-417', 'Kryptographie', 6, '2,0', 'B'],
    ['MATH-310', 'Numerische Mathematik', 8, '1,7', 'B'],
    ['LANG-DE2', 'Deutsch als Fremdsprache B2', 4, 'bestanden', 'P'],
    ['HIST-250', '东亚与欧洲的学术交流史', 4.5, '2,3', 'C'],
  ].map(([code, title, ects, localGrade, ectsGrade]) =>
    ({code, title, ects, localGrade, ectsGrade}));
  return withIssuer({
    '@context': [VC_V2],
    id: 'urn:uuid:7d1e4f0a-3b2c-4e5d-8f60-a1b2c3d4e5f6',
    type: ['VerifiableCredential', 'TranscriptOfRecordsCredential'],
    validFrom: '2026-08-01T00:00:00Z',
    validUntil: '2036-08-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:student-2041',
      name: '王小明',
      gradingScheme: 'Deutsche Notenskala 1,0–5,0; ECTS A–E',
      courses,
      totalEcts: courses.reduce((sum, c) => sum + c.ects, 0),
      gpa: 1.84,
    },
  }, issuer);
}

export function summerSchoolCertificate(issuer) {
  return withIssuer({
    '@context': [VC_V2],
    type: ['VerifiableCredential', 'SummerSchoolCertificate'],
    description: 'Summer School „Sustainable Cities“ — 可持续城市暑期学校',
    validFrom: '2026-08-30T12:00:00+08:00',
    credentialSubject: {
      id: 'mailto:li.na@example.edu',
      name: 'Li Na (李娜)',
      achievement: {
        name: 'Sustainable Cities: Planning for 2050',
        hours: 60,
        ects: 5,
        location: '上海, 中国',
        dates: ['2026-08-03', '2026-08-28'],
      },
    },
  }, issuer);
}

// JSON text (not an object): numbers and strings where canonicalization is easiest to get
// wrong — ES number formatting, the largest exactly representable integer (2^53; Orbis
// refuses to sign beyond it), members whose names sort differently
// by UTF-16 code unit than by code point, escapes and separators. Written as text so that
// `1.0`, `-0` and `1E3` reach Orbis as written.
export function edgeCaseText(issuer) {
  const issuerMember = issuer === undefined ? '' : `"issuer": ${JSON.stringify(issuer)},`;
  return `{
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  "type": ["VerifiableCredential", "ProgrammeParticipationCredential"],
  ${issuerMember}
  "validFrom": "2026-09-01T00:00:00.000Z",
  "credentialSubject": {
    "id": "did:example:student-0001",
    "studentNumber": 9007199254740992,
    "numbers": [1.0, -0, 1E3, 1e21, 1e-7, 0.000001, 123456789012345680000, 5e-324,
                0.1, 0.30000000000000004, 1.7976931348623157e308, -1.5e-10],
    "\\ud83d\\ude02": "emoji name (U+1F602, UTF-16 D83D DE02)",
    "\\ufb33": "Hebrew presentation form (U+FB33)",
    "\\u20ac": "euro sign (U+20AC)",
    "\\r": "escaped name",
    "text": "tab\\tnewline\\nquote\\"backslash\\\\slash/ line-sep\\u2028 nul\\u0000 del\\u007f é 学",
    "empty": {"": [], "a": {}}
  }
}`;
}

// The transcript credential of bench/credentials_bench.cc (about 1.3 kB once signed).
export function benchTranscript(issuer) {
  const courses = [];
  for (let i = 0; i < 8; ++i) {
    courses.push({code: `CS${400 + i}`, title: `Advanced topic ${i}`, ects: 7.5, grade: 'A'});
  }
  return withIssuer({
    '@context': [VC_V2],
    id: 'urn:uuid:3f1c2d5e-6a0b-4f3e-8c6d-4a8e9a1e3f4f',
    type: ['VerifiableCredential', 'TranscriptOfRecordsCredential'],
    validFrom: '2026-07-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:student-17',
      name: 'Li Wei',
      host: 'Universität Heidelberg',
      courses,
    },
  }, issuer);
}
