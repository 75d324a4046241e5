/** Word lists the stand-in draws from; accents and Workday's own wording on purpose. */

export const FIRST_NAMES = [
  "Zoë", "José", "Renée", "Łukasz", "François", "Chloé", "Amélie", "Søren", "Inés", "Siobhán",
  "Olivia", "Liam", "Noah", "Emma", "Priya", "Wei", "Hiroshi", "Min-jun", "Ji-woo", "Yuki",
  "Lucía", "Mohammed", "Fatima", "Kwame", "Aisha", "Dmitri", "Mateo", "Sophia", "Raj", "Mei",
  "Carlos", "Élodie", "Grzegorz", "Björn", "Ana", "Ethan", "Nadia", "Omar", "Hana", "Théo",
] as const;

export const LAST_NAMES = [
  "Martin", "Müller", "García", "Núñez", "Côté", "Tremblay", "Nguyen", "Kim", "Park", "Tanaka",
  "Suzuki", "Kowalski", "Wiśniewski", "O'Brien", "Smith", "Johnson", "Brown", "Lee", "Patel", "Singh",
  "Dubois", "Lefèvre", "Gagnon", "Roy", "Hernández", "López", "Chen", "Wang", "Zhang", "Sato",
  "Rossi", "Bianchi", "Schmidt", "Fischer", "Jensen", "Andersson", "Haddad", "Okafor", "Mensah", "da Silva",
] as const;

export const JOB_FAMILIES = [
  { family: "Software Engineering", org: "Engineering", titles: ["Software Engineer", "Senior Software Engineer", "Staff Engineer"] },
  { family: "Product Management", org: "Product", titles: ["Product Manager", "Senior Product Manager"] },
  { family: "Finance", org: "Finance & Accounting", titles: ["Financial Analyst", "Accountant", "Controller"] },
  { family: "Sales", org: "Sales - North America", titles: ["Account Executive", "Sales Development Representative"] },
  { family: "Marketing", org: "Marketing", titles: ["Marketing Specialist", "Content Strategist"] },
  { family: "Human Resources", org: "People & Culture", titles: ["HR Business Partner", "Recruiter"] },
  { family: "Customer Success", org: "Customer Experience", titles: ["Customer Success Manager", "Support Specialist"] },
  { family: "Legal", org: "Legal & Compliance", titles: ["Legal Counsel", "Paralegal"] },
  { family: "Data Science", org: "Data & Analytics", titles: ["Data Scientist", "Data Analyst"] },
  { family: "Operations", org: "Operations", titles: ["Operations Coordinator", "Program Manager"] },
] as const;

/** Management levels as Workday tenants word them; leaves are individual contributors. */
export const TOP_LEVELS = ["Executive Vice President", "Chief Financial Officer", "Executive Vice President", "Senior Vice President"] as const;
export const VP_LEVELS = ["Vice President", "Senior Vice President", "Vice President"] as const;
export const DIRECTOR_LEVELS = ["Director", "Senior Director", "Director"] as const;
export const MANAGER_LEVELS = ["Manager", "Senior Manager", "M3", "Manager"] as const;
export const IC_LEVELS = [
  "Individual Contributor", "Individual Contributor", "Individual Contributor", "Professional", "Professional",
  "Analyst", "Associate", "Associate", "Intern",
] as const;

export const LOCATIONS = [
  { location: "Toronto, ON", locale: "en_US", office: "Toronto Office" },
  { location: "Montréal, QC", locale: "fr_CA", office: "Montréal Office" },
  { location: "New York, NY", locale: "en_US", office: "New York Office" },
  { location: "San Francisco, CA", locale: "en_US", office: "San Francisco Office" },
  { location: "Madrid", locale: "es_ES", office: "Madrid Office" },
  { location: "Seoul", locale: "ko_KR", office: "Seoul Office" },
  { location: "Tokyo", locale: "ja_JP", office: "Tokyo Office" },
  { location: "Toronto, ON", locale: "en_US", office: "Toronto Office" },
] as const;

export const AFFINITY_GROUPS = [
  "Women in Tech", "Early Careers", "Pride Network", "Black Employee Network", "Parents & Caregivers",
  "Mentors Circle", "Veterans Network", "Latinx Network", "Asian Heritage Network", "Green Team",
] as const;

export const ALL_GROUPS: readonly string[] = [
  ...new Set([...LOCATIONS.map((l) => l.office), ...AFFINITY_GROUPS]),
];

export const EMAIL_DOMAIN = "acme.example";
