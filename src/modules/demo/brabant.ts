/**
 * Hand-written fixtures for the Brabant demo: the five municipalities (with a selection of their
 * residential PC4 areas and real street names) and Dutch name pools. Small on purpose: the software
 * imports official reference files; the demo only needs believable values.
 *
 * The PC4 lists were checked against the CBS PC4 centroid table (every PC4 below lies in the city of
 * that municipality; near-empty business/station areas were left out).
 */

export type MunicipalityKey = 'shertogenbosch' | 'eindhoven' | 'tilburg' | 'breda' | 'helmond';

export interface Municipality {
  /** Organisation key and e-mail slug. */
  key: MunicipalityKey;
  /** Place name as used in addresses. */
  city: string;
  /** CBS municipality code. */
  cbsCode: string;
  /** CBS labour-market region (arbeidsmarktregio) code and name. */
  region: string;
  regionName: string;
  /** Approximate number of inhabitants (2024), used to weight the client spread. */
  population: number;
  pc4s: readonly string[];
  streets: readonly string[];
}

export const MUNICIPALITIES: readonly Municipality[] = [
  {
    key: 'shertogenbosch',
    city: "'s-Hertogenbosch",
    cbsCode: 'GM0796',
    region: 'AM27',
    regionName: 'Noordoost-Brabant',
    population: 160_000,
    pc4s: ['5211', '5212', '5213', '5215', '5216', '5221', '5223', '5224', '5231', '5232', '5233', '5235', '5236', '5237'],
    streets: [
      'Hinthamerstraat',
      'Vughterstraat',
      'Orthenseweg',
      'Graafseweg',
      'Vughterweg',
      'Koningsweg',
      'Rompertsebaan',
      'Sint Josephstraat',
      'Hekellaan',
      'Van Noremborghstraat',
      'Aartshertogenlaan',
      'Pettelaarseweg',
      'Hambakenweg',
      'Empelseweg',
    ],
  },
  {
    key: 'eindhoven',
    city: 'Eindhoven',
    cbsCode: 'GM0772',
    region: 'AM28',
    regionName: 'Zuidoost-Brabant',
    population: 246_000,
    pc4s: [
      '5611', '5612', '5613', '5614', '5615', '5616', '5617', '5621', '5622', '5623', '5624', '5625', '5626', '5627',
      '5628', '5629', '5631', '5632', '5641', '5642', '5643', '5644', '5645', '5646', '5651', '5652', '5653', '5654',
      '5655', '5658',
    ],
    streets: [
      'Boschdijk',
      'Kruisstraat',
      'Hoogstraat',
      'Leenderweg',
      'Aalsterweg',
      'Geldropseweg',
      'Tongelresestraat',
      'Frankrijkstraat',
      'Pisanostraat',
      'Vestdijk',
      'Stratumsedijk',
      'Karel de Grotelaan',
      'Vesaliuslaan',
      'Hugo van der Goeslaan',
    ],
  },
  {
    key: 'tilburg',
    city: 'Tilburg',
    cbsCode: 'GM0855',
    region: 'AM26',
    regionName: 'Midden-Brabant',
    population: 229_000,
    pc4s: [
      '5011', '5012', '5014', '5017', '5018', '5021', '5022', '5025', '5032', '5035', '5036', '5037', '5038', '5041',
      '5042', '5043', '5044', '5045', '5046', '5049',
    ],
    streets: [
      'Heuvelstraat',
      'Spoorlaan',
      'Piusstraat',
      'Ringbaan-West',
      'Ringbaan-Oost',
      'Bredaseweg',
      'Goirkestraat',
      'Korvelseweg',
      'Hasseltstraat',
      'Lange Nieuwstraat',
      'Oisterwijksebaan',
      'Enschotsestraat',
      'Korvelplein',
    ],
  },
  {
    key: 'breda',
    city: 'Breda',
    cbsCode: 'GM0758',
    region: 'AM25',
    regionName: 'West-Brabant',
    population: 186_000,
    pc4s: [
      '4811', '4812', '4813', '4814', '4815', '4816', '4817', '4818', '4819', '4822', '4823', '4824', '4826', '4827',
      '4834', '4835', '4837',
    ],
    streets: [
      'Ginnekenweg',
      'Haagweg',
      'Nieuwe Ginnekenstraat',
      'Baronielaan',
      'Boschstraat',
      'Teteringsedijk',
      'Haagdijk',
      'Nieuwe Boschstraat',
      'Lange Brugstraat',
      'Heuvelbrink',
      'Tuinzigtlaan',
      'Claudius Prinsenlaan',
    ],
  },
  {
    key: 'helmond',
    city: 'Helmond',
    cbsCode: 'GM0794',
    region: 'AM32',
    regionName: 'Helmond-De Peel',
    population: 95_000,
    pc4s: ['5701', '5702', '5703', '5704', '5705', '5706', '5707', '5708', '5709'],
    streets: [
      'Mierloseweg',
      'Deurneseweg',
      'Steenweg',
      'Kromme Steenweg',
      'Molenstraat',
      'Heistraat',
      'Zuid Koninginnewal',
      'Kasteel-Traverse',
      'Brandevoortse Dreef',
      'Europaweg',
      'Hoofdstraat',
      'Markt',
    ],
  },
];

/** Letters used in the last two positions of Dutch postcodes (F, I, O, Q, U and Y are not issued). */
export const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
/** Letter pairs never issued. */
export const FORBIDDEN_POSTCODE_LETTER_PAIRS: readonly string[] = ['SA', 'SD', 'SS'];

export const TUSSENVOEGSELS: readonly string[] = ['van', 'de', 'van der', 'van den', 'van de', 'den', 'ter', "van 't", 'in het'];

export interface Surname {
  prefix?: string;
  name: string;
}

export interface FirstNames {
  /** Names for people born before 1978 and from 1978 on; the same list when there is no clear generational shift. */
  older: readonly string[];
  younger: readonly string[];
}

export interface NameBackground {
  key: 'nederlands' | 'marokkaans' | 'turks' | 'surinaams' | 'antilliaans' | 'pools' | 'syrisch' | 'eritrees';
  /** Relative share among demo clients. */
  weight: number;
  male: FirstNames;
  female: FirstNames;
  surnames: readonly Surname[];
  /** Languages spoken, with the probability that a client of this background lists it. */
  languages: readonly (readonly [string, number])[];
  /** Whether clients of this background usually arrived recently as refugees (statushouder). */
  refugee: boolean;
}

const s = (name: string, prefix?: string): Surname => (prefix === undefined ? { name } : { prefix, name });
const same = (names: readonly string[]): FirstNames => ({ older: names, younger: names });

export const DUTCH_SURNAMES: readonly Surname[] = [
  s('Jansen'), s('Vries', 'de'), s('Berg', 'van den'), s('Bakker'), s('Dijk', 'van'), s('Visser'), s('Smit'),
  s('Meijer'), s('Boer', 'de'), s('Mulder'), s('Groot', 'de'), s('Bos'), s('Vos'), s('Peters'), s('Hendriks'),
  s('Leeuwen', 'van'), s('Dekker'), s('Brouwer'), s('Wit', 'de'), s('Dijkstra'), s('Smits'), s('Graaf', 'de'),
  s('Meer', 'van der'), s('Linden', 'van der'), s('Kok'), s('Jacobs'), s('Haan', 'de'), s('Vermeulen'),
  s('Heuvel', 'van den'), s('Veen', 'van der'), s('Broek', 'van den'), s('Bruijn', 'de'), s('Beek', 'van'),
  s('Verhoeven'), s('Dongen', 'van'), s('Heijden', 'van der'), s('Ven', 'van de'), s('Maas'), s('Claassen'),
  s('Gils', 'van'), s('Schoenmakers'), s('Swinkels'), s('Dam', 'van'), s('Kuijpers'), s('Aarts'), s('Goossens'),
  s('Verbeek'), s('Hout', 'van'), s('Rovers'), s('Rooij', 'van'), s('Hartog', 'den'), s('Horst', 'ter'),
  s('Hof', "van 't"), s('Jong', 'de'), s('Willems'), s('Loon', 'van'), s('Timmermans'), s('Donkers'), s('Erp', 'van'),
  s('Bruggen', 'ter'), s('Sande', 'van de'), s('Wouters'), s('Vugt', 'van'), s('Kemps'),
];

export const NAME_BACKGROUNDS: readonly NameBackground[] = [
  {
    key: 'nederlands',
    weight: 55,
    male: {
      older: ['Jan', 'Peter', 'Hans', 'Wim', 'Kees', 'Johan', 'Ad', 'Harrie', 'Frans', 'Gerard', 'Ton', 'Henk', 'Rob', 'Frank', 'Ruud', 'Marco', 'Erik', 'Jeroen', 'René', 'Sjef'],
      younger: ['Dennis', 'Kevin', 'Mark', 'Martijn', 'Sander', 'Bas', 'Tim', 'Rick', 'Stefan', 'Thijs', 'Niels', 'Daan', 'Sem', 'Luuk', 'Bram', 'Jesse', 'Joost', 'Milan', 'Lars', 'Jelle'],
    },
    female: {
      older: ['Maria', 'Anja', 'Ingrid', 'Petra', 'Monique', 'Marian', 'Wilma', 'Annemiek', 'Ria', 'Jolanda', 'Esther', 'Mieke', 'Ellen', 'Karin', 'Yvonne', 'Carla'],
      younger: ['Linda', 'Sandra', 'Chantal', 'Kim', 'Sanne', 'Lisa', 'Femke', 'Anouk', 'Iris', 'Lotte', 'Emma', 'Julia', 'Sophie', 'Eva', 'Britt', 'Noa', 'Tess', 'Nicole', 'Demi', 'Romy'],
    },
    surnames: DUTCH_SURNAMES,
    languages: [['Nederlands', 1], ['Engels', 0.5], ['Duits', 0.1]],
    refugee: false,
  },
  {
    key: 'marokkaans',
    weight: 12,
    male: same(['Mohamed', 'Youssef', 'Ahmed', 'Hamza', 'Bilal', 'Anouar', 'Mustafa', 'Rachid', 'Said', 'Ayoub', 'Karim', 'Soufiane']),
    female: same(['Fatima', 'Khadija', 'Nadia', 'Salma', 'Imane', 'Samira', 'Naima', 'Hafsa', 'Yasmina', 'Malika', 'Soumaya']),
    surnames: [
      s('El Amrani'), s('Bouzid'), s('El Idrissi'), s('Benali'), s('Ait Taleb'), s('Ouali'), s('El Khattabi'),
      s('Azzouzi'), s('Boukhari'), s('Ziani'), s('Chaoui'), s('El Yousfi'),
    ],
    languages: [['Nederlands', 1], ['Arabisch', 0.6], ['Tamazight', 0.45], ['Frans', 0.1]],
    refugee: false,
  },
  {
    key: 'turks',
    weight: 9,
    male: same(['Mehmet', 'Emre', 'Mustafa', 'Burak', 'Hakan', 'Murat', 'Ali', 'Yusuf', 'Kemal', 'Serkan', 'Okan']),
    female: same(['Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Esra', 'Hatice', 'Emine', 'Büşra', 'Derya', 'Sevgi', 'Merve']),
    surnames: [s('Yılmaz'), s('Kaya'), s('Demir'), s('Çelik'), s('Şahin'), s('Öztürk'), s('Arslan'), s('Doğan'), s('Aydın'), s('Koç'), s('Kurt')],
    languages: [['Nederlands', 1], ['Turks', 0.9], ['Koerdisch', 0.1], ['Engels', 0.3]],
    refugee: false,
  },
  {
    key: 'surinaams',
    weight: 5,
    male: same(['Rajesh', 'Ravi', 'Errol', 'Romano', 'Glenn', 'Sergio', 'Dinesh', 'Clyde', 'Rodney', 'Anand']),
    female: same(['Sharmila', 'Shanti', 'Priya', 'Rosita', 'Jennifer', 'Sunita', 'Marcia', 'Ingrid', 'Kavita', 'Gracia']),
    surnames: [s('Ramdin'), s('Jagesar'), s('Sitaldin'), s('Pinas'), s('Bijlhout'), s('Ramsaran'), s('Kartosen'), s('Brunings'), s('Mahabier'), s('Wijngaarde')],
    languages: [['Nederlands', 1], ['Sranantongo', 0.5], ['Sarnami', 0.2], ['Engels', 0.4]],
    refugee: false,
  },
  {
    key: 'antilliaans',
    weight: 4,
    male: same(['Jurgen', 'Shurandy', 'Giovanni', 'Rignald', 'Curtley', 'Edsel', 'Jean-Paul', 'Ricardo', 'Sidney']),
    female: same(['Shirley', 'Giselle', 'Rosalinda', 'Jeanette', 'Gisela', 'Sharina', 'Milushka', 'Yolanda', 'Natasha']),
    surnames: [s('Martina'), s('Isenia'), s('Rosaria'), s('Maduro'), s('Felida'), s('Juliana'), s('Richardson'), s('Doran'), s('Cijntje'), s('Leito')],
    languages: [['Nederlands', 1], ['Papiaments', 0.95], ['Engels', 0.45], ['Spaans', 0.25]],
    refugee: false,
  },
  {
    key: 'pools',
    weight: 6,
    male: same(['Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Paweł', 'Łukasz', 'Michał', 'Grzegorz', 'Adam', 'Marcin']),
    female: same(['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Anna', 'Monika', 'Ewa', 'Marta', 'Karolina', 'Dorota']),
    // Polish surnames that do not change with gender.
    surnames: [s('Nowak'), s('Wójcik'), s('Kowalczyk'), s('Mazur'), s('Krawczyk'), s('Zając'), s('Woźniak'), s('Michalak'), s('Sikora'), s('Baran')],
    languages: [['Pools', 1], ['Engels', 0.6], ['Nederlands', 0.45], ['Duits', 0.2]],
    refugee: false,
  },
  {
    key: 'syrisch',
    weight: 6,
    male: same(['Ahmad', 'Khaled', 'Omar', 'Mahmoud', 'Rami', 'Mohammad', 'Hassan', 'Bashar', 'Samer', 'Firas', 'Yazan']),
    female: same(['Rasha', 'Lama', 'Hiba', 'Nour', 'Rania', 'Amal', 'Dima', 'Reem', 'Huda', 'Yasmin']),
    surnames: [s('Al-Hassan'), s('Haddad'), s('Alkhatib'), s('Al Ahmad'), s('Khalil'), s('Hamdan'), s('Al-Masri'), s('Darwish'), s('Shaheen'), s('Suleiman')],
    languages: [['Arabisch', 1], ['Nederlands', 0.7], ['Koerdisch', 0.2], ['Engels', 0.35]],
    refugee: true,
  },
  {
    key: 'eritrees',
    weight: 3,
    male: same(['Yonas', 'Dawit', 'Filmon', 'Tesfay', 'Kibrom', 'Samuel', 'Merhawi', 'Abel']),
    female: same(['Helen', 'Selam', 'Senait', 'Rahel', 'Luwam', 'Saba', 'Eden', 'Freweyni']),
    surnames: [s('Tesfamariam'), s('Gebremedhin'), s('Haile'), s('Tekle'), s('Berhane'), s('Ghebreyesus'), s('Woldemichael'), s('Kidane')],
    languages: [['Tigrinya', 1], ['Nederlands', 0.6], ['Arabisch', 0.15], ['Engels', 0.25]],
    refugee: true,
  },
];
