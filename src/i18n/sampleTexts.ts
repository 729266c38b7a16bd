import type { Catalog } from "./lang";
import type { SampleWords } from "./samples";

/**
 * The sample areas' budget lines, staffing titles, services and notes (src/domain/samples/) in
 * Finnish, Swedish and English. The Finnish is the source plans' own wording; docs/sources.md lists
 * every original with its renderings (docs/sources.md#sample-texts). Lines and titles that are the
 * templates' own (Kerava–Sipoo's budget lines and staffing titles) take the templates' words
 * (sheetLabels.ts) and are not repeated here. The area's name and the client groups are in
 * samples.ts, which the pane needs at once; this catalogue comes with the pane's engine chunk.
 *
 * Swedish prose uses the municipalities' Swedish names (Kervo, Sibbo); the sheets' columns keep the
 * names as the statistics spell them.
 */
export const sampleTexts: Catalog<SampleWords> = {
  fi: {
    "kerava-sipoo": {
      "budget.purchases.note": "Osuutta ei esitetty (–).",
      "budget.transferredStaff.note": "Noin 60 HTV. Osuus 50 % kattaa rivit 2–3.",
      "budget.municipalStaff.note": "Sisältyy rivin 2 osuuteen (50 %, rivit 2–3).",
      "staff.expertPersonal.note": "4–6 näistä tekee myös neuvontaa, jolloin asiakassalkun koko on 80 %.",
      "staff.leadExpert.note": "Asiakassalkku 40 %.",
      "staff.adviceExpert.note":
        "Sipoon neuvonnan asiantuntijoista toinen tekee myös yrityskoordinaattorin tehtävää.",
      "staff.businessCoordinator.note":
        "Sipoon tiimin yrityskoordinaattori tekee myös neuvonnan asiantuntijan tehtävää.",
      "staff.employmentCoordinator.note": "Työpanos on myös Sipoon palvelujen hyödynnettävissä.",
      "staff.clientManager.note": "Vastaa kokonaisuudessaan Keravan ja Sipoon työvoimapalveluista.",
      "staff.planner.note": "Keskitetty resurssi, palvelee työvoimapalvelujen kokonaisuutta.",
      "staff.centralServices.note": "Mm. hankinnat ja yhteistyömuodot.",
      "matrix.jobBrokering": "Työnvälitys",
      "matrix.jobBrokering.otherAuthority":
        "Kansainvälinen työnvälitys ja alueellista liikkuvuutta edistävä työnvälitys Uudenmaan TVV-yhteistyönä",
      "matrix.information": "Tieto-, neuvonta- ja ohjauspalvelut",
      "matrix.information.inHouse": "Keuke ja Keuda",
      "matrix.information.otherAuthority":
        "Kansallisten työvoimaviranomaisten palvelut (mm. Työmarkkinatori), omankieliset TNO-palvelut",
      "matrix.information.ecosystem": "Oppilaitosyhteistyö (Careeria ja Prakticum)",
      "matrix.careerGuidance": "Ammatinvalinta- ja uraohjauspalvelut",
      "matrix.careerGuidance.inHouse": "Keuda",
      "matrix.careerGuidance.otherAuthority": "Ammatinvalinnan ohjauksen psykologin palvelut",
      "matrix.coaching": "Valmennukset",
      "matrix.coaching.own": "Asiantuntijoiden valmennusosaamista kehitetään",
      "matrix.coaching.inHouse": "Keuda ja Keuke",
      "matrix.coaching.otherAuthority": "Yhteiset hankinnat ja puitekilpailutukset",
      "matrix.coaching.ecosystem": "Hankemahdollisuudet, JOTPA",
      "matrix.labourTraining": "Työvoimakoulutukset (ml. kotokoulutukset)",
      "matrix.labourTraining.inHouse": "Keuda",
      "matrix.labourTraining.otherAuthority": "Yhteiset hankinnat Uudenmaan työvoimaviranomaisten kanssa",
      "matrix.expertAssessments": "Asiantuntija-arvioinnit",
      "matrix.expertAssessments.otherAuthority": "Sopimuksellisesti",
      "matrix.expertAssessments.ecosystem": "Hyvinvointialueen asiantuntija-arvioinnit",
      "matrix.trials": "Työ- ja koulutuskokeilut",
      "matrix.trials.inHouse": "Kuntien työkokeilupaikat, Keuda",
      "matrix.trials.purchased": "Koulutuskokeiluja ostopalveluina",
      "matrix.trials.ecosystem": "Oppilaitos- ja järjestöyhteistyö",
      "matrix.changeSecurity": "Muutosturvakoulutukset",
      "matrix.selfMotivatedStudy": "Omaehtoinen opiskelu",
      "matrix.selfMotivatedStudy.ecosystem": "Koulutuksenjärjestäjät",
      "matrix.paySubsidy": "Palkkatuki, työllistämistuki",
      "matrix.paySubsidy.inHouse": "Kuntien omat palkkatukipaikat",
      "matrix.paySubsidy.ecosystem": "Kumppaneiden (järjestöt) tukityöllistäminen",
      "matrix.employerServices": "Yritys- ja työnantajapalvelut",
      "matrix.employerServices.own": "Lakisääteiset viranomaistoimivaltaan kuuluvat palvelut itse",
      "matrix.employerServices.inHouse":
        "Keuke-yhteistyö; lakisääteisiä tehtäviä ei voi siirtää osakeyhtiölle",
      "matrix.employerServices.otherAuthority": "Laajemmat alueelliset työnantajapalvelut yhteistyössä",
      "matrix.multiSector": "TYP-työ (monialainen yhteispalvelu)",
      "matrix.multiSector.own": "Monialainen asiakasprosessi virkailijatyönä",
      "matrix.multiSector.ecosystem": "Vantaa-Keravan ja Itä-Uudenmaan hyvinvointialueet",
    },
    "pohjoinen-keski-suomi": {
      "budget.coordinatorSalary": "Aluekoordinaattorin palkka",
      "budget.coordinatorSalary.note": "56 250 €: työaika 80 %, kk-palkka 3 600 € × 1,25 × 12,5.",
      "budget.tools": "Työvälineet",
      "budget.tools.note": "1 000 €",
      "budget.travel": "Matkat",
      "budget.travel.note": "4 000 €",
      "budget.operating": "Toimintabudjetti",
      "budget.operating.note":
        "3 750 €: Sydänsuomessa-verkkosivut 1 000 €, digimarkkinointi ja some 1 750 €, tapahtumat 1 000 €.",
      "staff.coordinator": "Aluekoordinaattori",
      "staff.coordinator.note":
        "Työaika 80 %, kk-palkka 3 600 € (täysiaikaisena 4 500 €): 3 600 × 1,25 × 12,5 = 56 250 €.",
    },
    kympin: {
      "budget.staff": "Henkilöstö",
      "budget.staff.note": "Noin 40 HTV: 30 henkilöasiakaspalvelu, 10 yhteiset palvelut.",
      "staff.clientServices": "Henkilöasiakaspalvelu",
      "staff.clientServices.note": "Siirtyvä resurssi noin 30 HTV; kuntajako havainnollistava.",
      "staff.sharedServices": "Yhteiset palvelut",
      "staff.sharedServices.note": "Siirtyvä resurssi noin 10 HTV; kuntajako havainnollistava.",
    },
  },
  sv: {
    "kerava-sipoo": {
      "budget.purchases.note": "Ingen andel angiven (–).",
      "budget.transferredStaff.note": "Cirka 60 årsverken. Andelen 50 % täcker raderna 2–3.",
      "budget.municipalStaff.note": "Ingår i rad 2:s andel (50 %, raderna 2–3).",
      "staff.expertPersonal.note":
        "4–6 av dem ger också rådgivning, och då är klientportföljen 80 % av en full portfölj.",
      "staff.leadExpert.note": "Klientportfölj 40 %.",
      "staff.adviceExpert.note":
        "En av rådgivningsexperterna i Sibbo sköter också företagskoordinatorns uppgifter.",
      "staff.businessCoordinator.note":
        "Företagskoordinatorn i Sibboteamet sköter också rådgivningsexpertens uppgifter.",
      "staff.employmentCoordinator.note": "Arbetsinsatsen står också till förfogande för tjänsterna i Sibbo.",
      "staff.clientManager.note": "Ansvarar för arbetskraftstjänsterna i Kervo och Sibbo i sin helhet.",
      "staff.planner.note": "Centraliserad resurs som betjänar arbetskraftstjänsterna som helhet.",
      "staff.centralServices.note": "Bland annat upphandlingar och samarbetsformer.",
      "matrix.jobBrokering": "Arbetsförmedling",
      "matrix.jobBrokering.otherAuthority":
        "Internationell arbetsförmedling och arbetsförmedling som främjar regional rörlighet, i samarbete mellan arbetskraftsmyndigheterna i Nyland",
      "matrix.information": "Informations-, rådgivnings- och vägledningstjänster",
      "matrix.information.inHouse": "Keuke och Keuda",
      "matrix.information.otherAuthority":
        "De nationella arbetskraftsmyndigheternas tjänster (bl.a. Jobbmarknad), information, rådgivning och vägledning på kundens eget språk",
      "matrix.information.ecosystem": "Samarbete med läroanstalter (Careeria och Prakticum)",
      "matrix.careerGuidance": "Yrkesvals- och karriärvägledning",
      "matrix.careerGuidance.inHouse": "Keuda",
      "matrix.careerGuidance.otherAuthority": "Psykologtjänster inom yrkesvalsvägledningen",
      "matrix.coaching": "Coachning",
      "matrix.coaching.own": "Experternas kompetens inom coachning utvecklas",
      "matrix.coaching.inHouse": "Keuda och Keuke",
      "matrix.coaching.otherAuthority": "Gemensamma upphandlingar och ramavtalsupphandlingar",
      "matrix.coaching.ecosystem": "Projektmöjligheter, JOTPA",
      "matrix.labourTraining": "Arbetskraftsutbildning (inkl. integrationsutbildning)",
      "matrix.labourTraining.inHouse": "Keuda",
      "matrix.labourTraining.otherAuthority":
        "Gemensamma upphandlingar med arbetskraftsmyndigheterna i Nyland",
      "matrix.expertAssessments": "Expertbedömningar",
      "matrix.expertAssessments.otherAuthority": "Enligt avtal",
      "matrix.expertAssessments.ecosystem": "Välfärdsområdets expertbedömningar",
      "matrix.trials": "Arbetsprövning och utbildningsprövning",
      "matrix.trials.inHouse": "Kommunernas platser för arbetsprövning, Keuda",
      "matrix.trials.purchased": "Utbildningsprövningar som köpta tjänster",
      "matrix.trials.ecosystem": "Samarbete med läroanstalter och organisationer",
      "matrix.changeSecurity": "Omställningsskyddsutbildning",
      "matrix.selfMotivatedStudy": "Frivilliga studier",
      "matrix.selfMotivatedStudy.ecosystem": "Utbildningsanordnare",
      "matrix.paySubsidy": "Lönesubvention, sysselsättningsstöd",
      "matrix.paySubsidy.inHouse": "Kommunernas egna platser med lönesubvention",
      "matrix.paySubsidy.ecosystem": "Stödd sysselsättning hos partner (organisationer)",
      "matrix.employerServices": "Företags- och arbetsgivartjänster",
      "matrix.employerServices.own": "Lagstadgade tjänster som hör till myndighetens behörighet sköts själv",
      "matrix.employerServices.inHouse":
        "Samarbete med Keuke; lagstadgade uppgifter kan inte överföras till ett aktiebolag",
      "matrix.employerServices.otherAuthority": "Bredare regionala arbetsgivartjänster i samarbete",
      "matrix.multiSector": "TYP-arbete (sektorsövergripande samservice)",
      "matrix.multiSector.own": "Sektorsövergripande kundprocess som tjänstemannaarbete",
      "matrix.multiSector.ecosystem": "Välfärdsområdena i Vanda och Kervo samt i Östra Nyland",
    },
    "pohjoinen-keski-suomi": {
      "budget.coordinatorSalary": "Regionkoordinatorns lön",
      "budget.coordinatorSalary.note": "56 250 €: arbetstid 80 %, månadslön 3 600 € × 1,25 × 12,5.",
      "budget.tools": "Arbetsredskap",
      "budget.tools.note": "1 000 €",
      "budget.travel": "Resor",
      "budget.travel.note": "4 000 €",
      "budget.operating": "Verksamhetsbudget",
      "budget.operating.note":
        "3 750 €: webbplatsen Sydänsuomessa 1 000 €, digital marknadsföring och sociala medier 1 750 €, evenemang 1 000 €.",
      "staff.coordinator": "Regionkoordinator",
      "staff.coordinator.note":
        "Arbetstid 80 %, månadslön 3 600 € (på heltid 4 500 €): 3 600 × 1,25 × 12,5 = 56 250 €.",
    },
    kympin: {
      "budget.staff": "Personal",
      "budget.staff.note": "Cirka 40 årsverken: 30 personkundstjänster, 10 gemensamma tjänster.",
      "staff.clientServices": "Personkundstjänster",
      "staff.clientServices.note":
        "Överförda resurser cirka 30 årsverken; fördelningen mellan kommunerna är illustrativ.",
      "staff.sharedServices": "Gemensamma tjänster",
      "staff.sharedServices.note":
        "Överförda resurser cirka 10 årsverken; fördelningen mellan kommunerna är illustrativ.",
    },
  },
  en: {
    "kerava-sipoo": {
      "budget.purchases.note": "No share given (–).",
      "budget.transferredStaff.note": "About 60 person-years. The 50 % share covers lines 2–3.",
      "budget.municipalStaff.note": "Included in line 2's share (50 %, lines 2–3).",
      "staff.expertPersonal.note": "4–6 of these also give front-desk advice, with a caseload of 80 %.",
      "staff.leadExpert.note": "Caseload 40 %.",
      "staff.adviceExpert.note": "One of Sipoo's advice experts also works as business coordinator.",
      "staff.businessCoordinator.note": "The Sipoo team's business coordinator also works as advice expert.",
      "staff.employmentCoordinator.note": "The work input is also available to Sipoo's services.",
      "staff.clientManager.note": "Responsible for all of Kerava's and Sipoo's employment services.",
      "staff.planner.note": "A central resource serving the employment services as a whole.",
      "staff.centralServices.note": "Procurement and forms of cooperation, among others.",
      "matrix.jobBrokering": "Job brokering",
      "matrix.jobBrokering.otherAuthority":
        "International job brokering and brokering for regional mobility, in cooperation between Uusimaa's employment authorities",
      "matrix.information": "Information, advice and guidance services",
      "matrix.information.inHouse": "Keuke and Keuda",
      "matrix.information.otherAuthority":
        "National employment authorities' services (e.g. Job Market Finland), information, advice and guidance in the client's own language",
      "matrix.information.ecosystem": "Cooperation with colleges (Careeria and Prakticum)",
      "matrix.careerGuidance": "Vocational and career guidance services",
      "matrix.careerGuidance.inHouse": "Keuda",
      "matrix.careerGuidance.otherAuthority": "Psychologist services in vocational guidance",
      "matrix.coaching": "Coaching",
      "matrix.coaching.own": "The experts' coaching skills are developed",
      "matrix.coaching.inHouse": "Keuda and Keuke",
      "matrix.coaching.otherAuthority": "Joint procurement and framework tenders",
      "matrix.coaching.ecosystem": "Project opportunities, JOTPA",
      "matrix.labourTraining": "Labour-market training (incl. integration training)",
      "matrix.labourTraining.inHouse": "Keuda",
      "matrix.labourTraining.otherAuthority": "Joint procurement with Uusimaa's employment authorities",
      "matrix.expertAssessments": "Expert assessments",
      "matrix.expertAssessments.otherAuthority": "By agreement",
      "matrix.expertAssessments.ecosystem": "The wellbeing services county's expert assessments",
      "matrix.trials": "Work and training trials",
      "matrix.trials.inHouse": "Municipal work-trial places, Keuda",
      "matrix.trials.purchased": "Training trials as purchased services",
      "matrix.trials.ecosystem": "Cooperation with colleges and NGOs",
      "matrix.changeSecurity": "Change-security training",
      "matrix.selfMotivatedStudy": "Self-motivated study",
      "matrix.selfMotivatedStudy.ecosystem": "Education providers",
      "matrix.paySubsidy": "Pay subsidy, employment subsidy",
      "matrix.paySubsidy.inHouse": "The municipalities' own pay-subsidy posts",
      "matrix.paySubsidy.ecosystem": "Supported employment with partners (NGOs)",
      "matrix.employerServices": "Business and employer services",
      "matrix.employerServices.own": "Statutory services within the authority's powers, provided in-house",
      "matrix.employerServices.inHouse":
        "Cooperation with Keuke; statutory tasks cannot be moved to a limited company",
      "matrix.employerServices.otherAuthority": "Wider regional employer services in cooperation",
      "matrix.multiSector": "TYP work (multi-sector joint service)",
      "matrix.multiSector.own": "Multi-sector client process as officials' work",
      "matrix.multiSector.ecosystem": "Vantaa–Kerava and Eastern Uusimaa wellbeing services counties",
    },
    "pohjoinen-keski-suomi": {
      "budget.coordinatorSalary": "Regional coordinator's salary",
      "budget.coordinatorSalary.note": "56,250 €: working time 80 %, monthly salary 3,600 € × 1.25 × 12.5.",
      "budget.tools": "Tools",
      "budget.tools.note": "1,000 €",
      "budget.travel": "Travel",
      "budget.travel.note": "4,000 €",
      "budget.operating": "Operating budget",
      "budget.operating.note":
        "3,750 €: the Sydänsuomessa website 1,000 €, digital marketing and social media 1,750 €, events 1,000 €.",
      "staff.coordinator": "Regional coordinator",
      "staff.coordinator.note":
        "Working time 80 %, monthly salary 3,600 € (4,500 € full-time): 3,600 × 1.25 × 12.5 = 56,250 €.",
    },
    kympin: {
      "budget.staff": "Staff",
      "budget.staff.note": "About 40 person-years: 30 in personal client services, 10 in shared services.",
      "staff.clientServices": "Personal client services",
      "staff.clientServices.note":
        "About 30 person-years transferring; the split by municipality is illustrative.",
      "staff.sharedServices": "Shared services",
      "staff.sharedServices.note":
        "About 10 person-years transferring; the split by municipality is illustrative.",
    },
  },
};
