// The demo data's vocabulary: names, companies, titles, sources, tags and lawful bases to draw from.
// Name pools large enough that, as in a real CRM, most people are distinct (the same first name, last name and
// company together are rare), while common names and words still repeat the way they do in real data.
export const FIRST =
  `Amelia Oliver Isla George Ava Noah Mia Leo Ivy Arthur Freya Oscar Lily Harry Grace Jack Sofia Theo Ella Finley
Priya Mohammed Chen Fatima Lukas Elena Mateo Aisha Kenji Zara Olivia Muhammad Emily Jacob Charlotte Thomas Sophie James Chloe William
Jessica Henry Ruby Alfie Evie Charlie Poppy Joshua Daisy Alexander Phoebe Samuel Matilda Daniel Rosie Benjamin Florence Max Alice Lucas
Imogen Ethan Hannah Adam Sienna Isaac Layla Logan Maya Edward Eliza Jacob Nora Sebastian Clara Reuben Anna Hugo Emma Felix Hana Omar
Leila Yusuf Amira Ibrahim Nadia Ravi Anjali Arjun Meera Wei Mei Hiroshi Yuki Sven Ingrid Lars Astrid Pierre Camille Luca Giulia Marco
Francesca Pablo Lucia Diego Carmen Jakub Zofia Piotr Katarzyna Tomas Eva Nikolai Irina Dmitri Olga Kwame Ama Chidi Ngozi Tunde Adaeze
Sean Siobhan Ciaran Niamh Rhys Cerys Dylan Seren Callum Eilidh Angus Morag Ewan Isla Fraser Kirsty`.split(/\s+/);
export const LAST =
  `Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White Roberts Green
Hall Khan Clarke Novak Garcia Müller Rossi Nakamura Okafor Larsen Dubois Kowalski Silva Wood Jackson Turner Harris Martin Cooper Hill
Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths
Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Ali Hussain Ahmed Shah Sharma Gupta Chowdhury Das Nguyen Tran Wang Zhang Liu Chen Yamamoto Tanaka Suzuki Kim Park
Fischer Schneider Weber Becker Hoffmann Schulz Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger
Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Martinez Lopez Gonzalez Rodriguez Fernandez Sanchez Perez Gomez
Romano Ricci Bruno Greco Conti Esposito Lombardi Moretti Barbieri Fontana Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski
Zieliński Dvořák Svoboda Novotný Jansen Janssen Dekker Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks
Andersen Nielsen Hansen Pedersen Johansson Karlsson Nilsson Eriksson Lindberg Virtanen Korhonen Mäkinen O'Brien O'Connor Byrne
Ryan Walsh McCarthy Doyle Kennedy Lynch Murray Quinn Moran Boyle MacDonald Campbell Stewart Robertson Thomson Reid Ross Paterson
Fraser Hughes Lewis Edwards Jenkins Owen Price Mensah Boateng Owusu Adeyemi Okonkwo Eze Abubakar Diallo Traoré Haddad Nasser
Mansour Farouk Cohen Levi Mizrahi Friedman Petrov Ivanov Smirnov Popescu Ionescu Horvath Nagy Kovács Papadopoulos Georgiou`.split(
    /\s+/,
  );
export const COMPANY_A =
  `North South East West Blue Green Red River Oak Elm Ash Summit Harbour Bright Granite Silver Golden Meadow Atlas
Pioneer Cedar Falcon Iron Copper Stone Brook Valley Hill Lake Bay Coast Ridge Forest Field Orchard Willow Maple Birch Pine Heron
Kestrel Otter Fox Badger Lion Crown Anchor Beacon Compass Harvest Keystone Lighthouse Mill Quarry Rowan Thistle Vale Wren Apex
Vertex Nova Orbit Quantum Vector Pixel Signal Fusion Civic Metro Urban Rural Royal Union Premier Prime Swift Clear True First`.split(
    /\s+/,
  );
export const COMPANY_B =
  `Logistics Foods Analytics Builders Health Energy Textiles Software Consulting Dental Motors Print Legal Travel Labs
Engineering Architects Accountancy Insurance Media Marketing Design Furniture Plumbing Electrical Roofing Catering Bakery Brewing
Pharmacy Veterinary Optics Security Cleaning Recruitment Training Education Publishing Packaging Plastics Metals Timber Glass
Ceramics Fashion Cosmetics Fitness Leisure Hotels Property Lettings Finance Capital Partners Solutions Systems Networks Robotics
Aviation Marine Farming Gardens Nurseries Vets Clinic Care Transport Freight Couriers Storage Events Studios Games Music`.split(
    /\s+/,
  );
export const COMPANY_C = [
  'Ltd',
  'Ltd',
  'Ltd',
  'LLP',
  'Group',
  'GmbH',
  '& Co',
  'plc',
  'Partners',
  '',
  '',
  'UK',
  'International',
  'Holdings',
];
export const TITLES = [
  'Office Manager',
  'Purchasing Lead',
  'Operations Director',
  'Founder',
  'IT Manager',
  'Finance Officer',
  'Head of Sales',
  'Practice Manager',
  'Managing Director',
  'Procurement Officer',
  'Facilities Manager',
  null,
  null,
];
export const SOURCES = [
  'Web form',
  'Trade fair 2026',
  'Referral',
  'Webinar',
  'Cold call list',
  'Partner',
  'LinkedIn',
  'Newsletter sign-up',
  'Trade fair 2025',
  'Inbound call',
];
export const TAGS = ['vip', 'newsletter', 'follow-up', 'enterprise', 'smb', 'renewal', 'event'];
export const BASES = ['consent', 'contract', 'legitimate_interest', 'legitimate_interest', 'consent'];
