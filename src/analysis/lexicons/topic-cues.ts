/**
 * @module
 * Cue words for IPTC Media Topics, written by the copydesk team from general newsroom usage (no
 * corpus vocabulary was copied). Topic ids are IPTC's (CC BY 4.0, © IPTC, https://iptc.org); a cue
 * listed under a second-level topic also counts for its parent.
 *
 * Syntax, one string per topic: `word:weight`, weight 1 when omitted; `a_b` is the phrase "a b"
 * (matched by Porter stem, word by word); `^Word` matches only when capitalised, so "Labour" (the
 * party) and "labour" (work) can point to different topics. Weights: 3 = nearly decisive on its
 * own ("striker", "GDP"), 2 = typical of the topic, 1 = leans to it, below 1 = weak or ambiguous.
 */
export interface TopicCues {
  /** IPTC Media Topic id without the `medtop:` prefix (level 1 or 2). */
  id: string
  cues: string
}

export const TOPIC_CUES: readonly TopicCues[] = [
  // Weight 0: inflections that would otherwise match a cue of another sense ("showed" is not a show).
  {
    id: '01000000',
    cues: `showed:0 showing:0 shown:0 hear:0 heard:0 finding:0 rules:0 united:0 charging:0 arming:0 firing:0
    trialling:0 played:0 stormed:0 storming:0 battling:0 battled:0 traded:0`,
  },
  // ---- 01 arts, culture, entertainment and media
  {
    id: '20000002',
    cues: `film:3 films:3 movie:3 movies:3 cinema:3 cinemas:3 actor:3 actors:3 actress:3 oscar:3 oscars:3
    academy_award:3 bafta:3 baftas:3 golden_globe:3 box_office:3 hollywood:3 bollywood:3 screenplay:3 starring:2 starred:2
    sequel:2.5 premiere:2 blockbuster:2.5 director:0.7 directed:1.5 filmmaker:3 film-maker:3 studio:1 studios:1.5
    music:2 album:3 albums:3 song:2.5 songs:2.5 singer:3 singers:3 band:1.5 bands:1.5 concert:2.5 concerts:2.5 tour:0.7
    chart:1 charts:2 rapper:3 pop:2 rock:1 hip-hop:2.5 grammy:3 grammys:3 ^Brit_awards:3 musician:3 musicians:3
    guitarist:3 drummer:3 gig:2.5 gigs:2.5 festival:1.5 theatre:2.5 theater:2.5 musical:2.5 broadway:3 ^West_End:3
    opera:3 ballet:3 dancer:2 comedy:2.5 comedian:3 comic:1.5 sitcom:3 drama:2 dramas:2 novel:2.5 novels:2.5
    novelist:3 author:1.5 book:1 books:1 poet:2.5 poetry:2.5 art:1.5 artist:2 artists:2 painting:2 paintings:2
    painter:2.5 exhibition:2 gallery:2 museum:1.5 sculpture:2.5 show:1 shows:1 star:1.5 stars:1.2 fans:0.7 episode:2.5
    episodes:2.5 series:1 tv:2 television:2 channel:1 viewers:2 audience:1.5 audiences:2 soap:1.5 documentary:2
    award:1.5 awards:1.5 nominated:2 nomination:2 nominations:2.5 prize:0.7 ceremony:1 entertainment:2 showbiz:3
    celebrity:1 celebrities:1 record_label:3 label:0.5 single:0.7 singles:1 download_chart:3 lyrics:3 stage:1
    comedy_show:3 cast:1.5 role:1 roles:1 character:1 script:1.5 animated:2.5 animation:2 cartoon:2 remake:3
    soundtrack:3 producer:1.5 producers:1.5 hit:0.5 hits:0.7 stand-up:2.5 orchestra:3 symphony:3 composer:3 jazz:3
    classical_music:3 festival_of:1 ^Eurovision:3 x_factor:3 reality_show:3 reality_tv:3 talk_show:3 game_show:3
    ^Pop_Idol:3 box-office:3 musicals:3 playwright:3 literary:2.5 booker_prize:3 publishing:1.5 bestseller:3
    bestselling:3 best-selling:2 screen:1 screens:1 trailer:1.5 dvd:1`,
  },
  {
    id: '20000045',
    cues: `newspaper:2 newspapers:2 magazine:2 magazines:2 journalist:1.5 journalists:1.5 journalism:2.5
    broadcaster:2.5 broadcasters:2.5 broadcasting:2 broadcast:1.5 publisher:1.5 editor:1 editors:1 media:1.2 press:0.5
    radio:2 tabloid:2.5 ^ITV:2.5 ^BBC:0.7 ^CNN:1 ^Channel_4:2.5 programme:1.5 programmes:1.5 network:0.5 reporters:1
    presenter:2.5 presenters:2.5 host:1 hosted:1 ratings:1.5 newsroom:2.5 columnist:2 censorship:1.5`,
  },
  {
    id: '20000038',
    cues: `heritage:1.5 cultural:2 culture:1.5 arts:2 festival:1 tradition:1 traditional:0.5 monument:1.5
    archaeologists:1 anniversary_of:0.5`,
  },
  // ---- 02 crime, law and justice
  {
    id: '20000082',
    cues: `crime:2.5 crimes:2.5 criminal:2 criminals:2.5 murder:3 murdered:3 murders:3 killer:2.5
    robbery:3 robbed:3 theft:2.5 stolen:2 stole:2 burglary:3 fraud:2.5 fraudulent:2.5 kidnapping:2 kidnapped:2
    rape:3 raped:3 assault:2 assaulted:2.5 gang:2 gangs:2 trafficking:2.5 smuggling:2.5 smugglers:2.5 corruption:2
    bribery:3 bribes:3 money_laundering:3 gunman:2.5 gunmen:2 stabbed:3 stabbing:3 homicide:3 offender:2.5
    offenders:2.5 victim:1 abuse:1.5 abused:1.5 drug_dealer:3 cocaine:2 heroin:2 embezzlement:3 extortion:3 mafia:3
    scam:2 forgery:3 piracy:1.5 vandalism:3 shoplifting:3 manslaughter:3 arson:3`,
  },
  {
    id: '20000106',
    cues: `court:2.5 courts:2.5 judge:2.5 judges:2.5 trial:2 jury:3 jurors:3 verdict:3 sentenced:3
    sentence:1.5 guilty:2.5 acquitted:3 appeal:1.2 appeals:1.2 prosecutor:3 prosecutors:3 prosecution:2.5 prosecuted:3
    defendant:3 defendants:3 lawyer:2 lawyers:2 attorney:1.5 attorneys:2 lawsuit:2.5 lawsuits:2.5 sued:2.5 sue:2.5
    suing:2.5 convicted:3 conviction:3 charged:2 charges:1.5 charge:0.5 indicted:3 indictment:3 testimony:2 testified:2.5
    supreme_court:2.5 high_court:3 court_of_appeal:3 plea:2 bail:3 hearing:1 ruling:1.5 ruled:1.5 judicial:2.5
    tribunal:2 injunction:2.5 legal_action:2.5 settlement:1 magistrates:3 barrister:3 solicitor:2 litigation:2.5
    class-action:2.5 acquittal:3 inquest:2.5 justice:1.5 witness:2 witnesses:2`,
  },
  {
    id: '20000121',
    cues: `law:1 laws:1 legal:1.2 illegal:1.5 illegally:1.5 unlawful:2.5 lawful:2 legislation:0.7
    copyright:1.5 patent:1 patents:1 regulator:0.5 antitrust:1 anti-trust:1`,
  },
  {
    id: '20000129',
    cues: `police:2.5 policeman:3 policemen:3 arrested:2.5 arrest:2.5 arrests:2.5 detective:3 detectives:3
    officers:1 investigation:1.2 investigators:1.2 investigating:1 suspect:2.5 suspects:2.5 suspected:1.5 ^FBI:2.5
    custody:2.5 prison:2.5 prisons:2.5 jail:2.5 jailed:3 inmates:3 inmate:3 detained:1.5 detention:1.5 raid:1.5
    raids:1.5 ^Scotland_Yard:3 constable:3 sheriff:2.5 crackdown:1.5 anti-social:2 asbo:3 asbos:3`,
  },
  // ---- 03 disaster, accident and emergency incident
  {
    id: '20000148',
    cues: `earthquake:3 earthquakes:3 quake:3 tsunami:3 flood:2.5 floods:2.5 flooding:2.5 flooded:2.5
    hurricane:2.5 hurricanes:2.5 typhoon:3 cyclone:3 tornado:3 tornadoes:3 landslide:3 landslides:3 mudslide:3
    avalanche:3 volcano:3 eruption:3 wildfire:3 wildfires:3 bushfire:3 famine:2 disaster:2.5 disasters:2.5
    devastation:2.5 devastated:2 death_toll:3 survivors:2 aftershock:3 aftershocks:3 magnitude:1.5 richter:3
    epicentre:3 epicenter:3 catastrophe:1.5 homeless:0.5 destroyed:1 debris:2 drought:1`,
  },
  {
    id: '20000139',
    cues: `crash:2 crashed:2.5 crashes:2 accident:2.5 accidents:2.5 collision:2.5 collided:3 derailed:3
    derailment:3 plane_crash:3 explosion:2.5 explosions:2 blast:1.5 fire:1.2 blaze:3 fires:1.5 firefighters:3
    sank:2.5 capsized:3 sinking:1.5 miners:1 mine_blast:3 trapped:2 injured:1 killed:0.7 dead:0.7 died:0.7 deaths:1
    victims:1 wreckage:3 aground:3 ran_aground:3 shipwreck:3 oil_spill:2 bodies:1.5 body:0.3 missing:0.7 injuries:1 fatal:1.5 fatalities:2 pile-up:3 gas_leak:3 stampede:3`,
  },
  {
    id: '20000168',
    cues: `rescue:2 rescued:2.5 rescuers:3 evacuation:2.5 evacuated:2.5 evacuate:2.5 emergency:1.5
    relief:1 aid:0.7 ^Red_Cross:2.5 emergency_services:3 paramedics:3 ambulance:2 shelters:1.5 aid_workers:2
    humanitarian:1.5 relief_effort:3 donations:0.7`,
  },
  // ---- 04 economy, business and finance
  {
    id: '20000344',
    cues: `economy:3 economies:3 economic:2.5 economist:3 economists:3 gdp:3 inflation:3 recession:3
    growth:1.5 interest_rates:3 interest_rate:3 rates:1 central_bank:3 ^Reserve_Bank:3 repo_rate:3 base_rate:3 ^Federal_Reserve:3 ^Fed:2.5 deficit:2.5
    deficits:2.5 budget:1 tax:1.2 taxes:1.2 taxation:1.5 trade:1.5 exports:3 imports:3 export:2.5 import:2
    exporters:3 currency:3 currencies:3 dollar:2.5 euro:2 yen:3 sterling:2.5 consumer:2 consumers:2 spending:1.5
    prices:2 price:1.5 pricing:2 oil_prices:3 oil_price:3 crude:2.5 barrel:2.5 barrels:2.5 opec:3 ^IMF:2.5
    ^World_Bank:2.5 debt:2 debts:2 forecast:1 forecasts:1.5 quarter:2 quarterly:3 fiscal:3 monetary:3 economic_growth:3
    output:1.5 manufacturing:2 productivity:2.5 trade_deficit:3 current_account:3 borrowing:2 house_prices:3
    housing_market:3 retail_sales:3 consumer_spending:3 chancellor:1 treasury:1.5 ^Treasury:2 figures:1 data:0.3
    slowdown:2.5 downturn:2.5 rate_rise:3 rate_cut:3 billion:1 trillion:2 million:0.5 cents:1 per_cent:0.5 subsidies:2
    tariffs:3 tariff:3 wto:3 g7:3 g8:1 gas_prices:3 energy_prices:3 budget_deficit:3 pound:0.7 pounds:0.7`,
  },
  {
    id: '20000349',
    cues: `company:2.5 companies:2.5 firm:2.5 firms:2.5 corporation:2.5 corp:2.5 chief_executive:3 ceo:3
    chairman:1.5 shareholders:3 shareholder:3 board:1 merger:3 mergers:3 takeover:3 takeovers:3 acquisition:3
    acquisitions:3 acquire:3 acquired:2 buyout:3 bid:1.5 deal:1.2 profit:3 profits:3 profitable:3 revenue:3
    revenues:3 sales:2.5 earnings:3 loss:1.2 losses:1.5 turnover:3 bankruptcy:3 bankrupt:3 executive:1.2
    executives:1.5 investors:3 investor:3 business:2 businesses:2 industry:1.5 industries:1.5 manufacturer:2.5
    manufacturers:2.5 retailer:3 retailers:3 airline:2 airlines:2 carmaker:3 carmakers:3 automaker:3 automakers:3
    brand:2 brands:2 subsidiary:3 conglomerate:3 stake:2.5 ipo:3 initial_public_offering:3 outsourcing:2 supplier:2
    suppliers:2 contract:1 contracts:1 venture:1.5 startup:1.5 start-up:1.5 boss:1.5 bosses:1.5 divisions:1
    restructuring:3 cost-cutting:3 job_cuts:2 rival:1 rivals:1 competitor:2 competitors:2 market_share:3 chain:1
    pharmaceutical:1.5 drugmaker:3 oil_company:3 oil_producer:3 oil_producers:3 oil_major:3 ^Inc:2.5 ^Ltd:2.5 ^plc:3 conglomerates:3 marketing:1.5 advertising:1.5
    advertisers:2 entrepreneur:2 commercial:1 franchise:0.7 tycoon:3 billionaire:1.5 shareholders':3 profit_warning:3
    operating_profit:3 net_income:3 net_profit:3 pre-tax:3 dividend:3 dividends:3 analysts_expected:3 outlook:1.5
    guidance:1 layoffs:1 privatisation:3 privatization:3 regulators:1.5 regulator:1.5 monopoly:2 antitrust:2 anti-trust:2 competition_commission:3 buy:1 buys:2 bought:1.5 sell:1 sells:1.5 sold:1 selling:1 deals:1.5 consortium:2.5`,
  },
  {
    id: '20000385',
    cues: `shares:2.5 share_price:3 stock:2.5 stocks:3 stock_market:3 stock_exchange:3 ^Dow:3 ^Nasdaq:3
    ftse:3 ^Nikkei:3 index:1 bonds:3 bond:2 securities:2 trading:1.5 traders:3 trader:2.5 analyst:2 analysts:2
    market:1.5 markets:2 fund:1.5 funds:1.5 hedge_fund:3 investment:2 investments:2 bank:1.5 banks:2 banking:2.5
    lender:3 lenders:3 mortgage:3 mortgages:3 insurer:3 insurers:3 insurance:1.5 wall_street:3 ^Wall_Street:3
    commodities:3 futures:2.5 investment_bank:3 brokerage:3 broker:2.5 equity:2.5 valuation:3 credit:1.5 loan:2
    loans:2 savings:2 yields:3 benchmark:1.5 rallied:3 rally:0.5 investing:2.5 portfolio:2 asset:2 assets:2
    share_prices:3 stock_prices:3 sec:0.5 ^SEC:2 nyse:3 ^London_Stock_Exchange:3`,
  },
  // Technology companies are also businesses: their deals, results and lawsuits are economy news.
  {
    id: '20000349',
    cues: `^Microsoft:1 ^Apple:1 ^Google:1.5 ^IBM:1.5 ^Intel:1 ^Yahoo:1 ^Oracle:1.5 ^PeopleSoft:1.5
    ^Dell:1.5 ^Nokia:1 ^Motorola:1 ^Samsung:1 ^Amazon:1 ^eBay:1.5 ^AOL:1 ^Cisco:1 ^Hewlett-Packard:1.5 ^Sony:1.5
    ^Vodafone:1.5 ^SAP:1 ^Siebel:1 ^Qualcomm:1 ^Texas_Instruments:1 ^Nvidia:1 ^AMD:1 ^BlackBerry:1 ^RIM:1`,
  },
  {
    id: '20000209',
    cues: `retail:2.5 stores:1.5 store:1.2 shop:1 shops:1.2 shoppers:3 shopping:1.5 customers:2
    customer:2 products:1.5 product:1.5 goods:2 supermarket:2.5 supermarkets:2.5 sales_of:2 cars:1 vehicles:1
    car_sales:3 christmas_sales:3 mail_order:3 energy:1 oil:1.5 gas:1 electricity:1 power_station:1.5 steel:2
    mining:1.5 property:1.2 housing:0.7 tourism_industry:3 aircraft:1 boeing:2 airbus:2`,
  },
  // ---- 05 education
  {
    id: '05000000',
    cues: `school:2.5 schools:3 pupils:3 pupil:3 students:2.5 student:2.5 teacher:3 teachers:3
    teaching:2.5 university:1.5 universities:2.5 college:1.5 colleges:2 education:3 educational:3 curriculum:3
    exam:3 exams:3 examinations:3 tuition:3 tuition_fees:3 top-up_fees:3 degree:1 degrees:1 graduates:1.5
    graduate:1 classroom:3 classrooms:3 headteacher:3 headteachers:3 head_teacher:3 ofsted:3 gcse:3 gcses:3
    a-levels:3 a-level:3 literacy:2.5 numeracy:3 kindergarten:3 campus:2 academic:2 professors:1.5 lecturers:3
    scholarship:2.5 schooling:3 truancy:3 nursery:1.5 undergraduate:3 undergraduates:3 postgraduate:3 sat:0.3
    learning:1.5 lessons:2 homework:3 school_board:3 grades:1.5 enrolment:3 enrollment:3`,
  },
  // ---- 06 environment
  {
    id: '20000418',
    cues: `climate_change:3 global_warming:3 climate:2.5 emissions:3 carbon:2 carbon_dioxide:3
    greenhouse:3 greenhouse_gases:3 kyoto:3 warming:2.5 sea_levels:3 ice_caps:3 glaciers:2.5 fossil_fuels:2.5`,
  },
  {
    id: '20000424',
    cues: `pollution:3 polluted:3 pollutants:3 polluting:3 toxic:2 contamination:2.5 contaminated:2
    spill:2 oil_spill:3 smog:3 waste:1.5 landfill:3 pesticides:2.5 sewage:3 air_quality:3`,
  },
  {
    id: '20000420',
    cues: `conservation:3 conservationists:3 endangered:3 species:2.5 wildlife:3 biodiversity:3
    extinction:3 extinct:2.5 habitat:3 habitats:3 ecosystem:3 ecosystems:3 whales:2 whaling:3 poaching:3 poachers:3
    rainforest:3 rainforests:3 deforestation:3 forests:2 national_park:2 reserve:0.5 coral:2.5 reefs:2.5 ^WWF:3
    ^Greenpeace:3 environmentalists:3 green_groups:3 animals:1 birds:1 ecological:3 wild:1 whale:2 condor:3 condors:3 chick:1 chicks:1.5 breeding:1 marine:1.5
    mammal:2 mammals:2 predators:2 primates:1.5 apes:2 turtles:2 sharks:2 dolphins:1 panda:2 pandas:2 elephants:2
    tigers:0.5 wolves:2 bears:0.5 bird:1 migratory:3 nesting:2.5 invasive_species:3 zoologists:3`,
  },
  {
    id: '20000430',
    cues: `renewable:3 renewables:3 solar_power:3 wind_farm:3 wind_farms:3 wind_power:3 recycling:3
    recycled:2.5 water_supply:2 natural_resources:3 energy_efficiency:3 biofuels:3 clean_energy:3`,
  },
  {
    id: '06000000',
    cues: `environment:2.5 environmental:2.5 green:0.7 sustainable:2 sustainability:2.5 nature:1.5
    planet:1 ozone:3 ecology:3 environment_agency:3 environment_minister:3`,
  },
  // ---- 07 health
  {
    id: '20000446',
    cues: `disease:3 diseases:3 virus:1.5 viruses:1.5 cancer:3 cancers:3 tumour:3 tumor:3 aids:1.5
    hiv:3 malaria:3 flu:3 influenza:3 bird_flu:3 sars:3 outbreak:2 outbreaks:2 infection:3 infections:3 infected:2
    infectious:3 obesity:3 obese:3 diabetes:3 heart_disease:3 heart_attack:3 stroke:1.5 asthma:3 alzheimer's:3
    dementia:3 symptoms:3 epidemic:3 pandemic:3 illness:2.5 illnesses:2.5 ill:1 mental_health:3 depression:1.5
    autism:3 allergy:3 allergies:3 tuberculosis:3 polio:3 measles:3 cholera:3 bacteria:2.5 superbug:3 mrsa:3
    syndrome:2.5 disorder:2 disorders:2 chronic:2.5 cholesterol:3 blood_pressure:3 leukaemia:3 leukemia:3
    transplant:3 sick:1 hepatitis:3 ebola:3 vcjd:3 bse:2.5`,
  },
  {
    id: '20000464',
    cues: `treatment:2 treatments:2 treated:1.5 drug:1 drugs:1.2 medicine:2.5 medicines:2.5 medication:3
    surgery:3 surgeon:3 surgeons:3 operation:0.5 therapy:2.5 vaccine:3 vaccines:3 vaccination:3 vaccinations:3
    immunisation:3 immunization:3 prescription:3 prescribed:3 clinical:3 clinical_trials:3 trials:1 dose:2.5 doses:2.5
    antibiotics:3 painkillers:3 cure:2 screening:2.5 diagnosis:3 diagnosed:3 patients:3 patient:3 smoking:2.5
    smokers:3 tobacco:1.5 cigarettes:2 alcohol:1.5 diet:1.5 exercise:1 nutrition:2.5 pharmacist:3 gp:3 gps:3
    ^Food_and_Drug_Administration:3 ^FDA:2.5 side_effects:3 health:3 healthy:2 medical:2.5 doctor:2.5 doctors:2.5
    nurse:3 nurses:3 hospital:2.5 hospitals:3 clinic:3 clinics:3 nhs:3 ^NHS:3 health_service:3 healthcare:3
    health_care:3 ^WHO:1 world_health_organization:3 world_health_organisation:3 cancer_research:3 care:1 a&e:3
    waiting_lists:3 ward:1.5 wards:2 pregnancy:2.5 pregnant:2 births:1.5 babies:1 organ:1.5 genetic:1 stem_cell:2
    medic:2 medics:2 gene_therapy:3 pharmaceuticals:1`,
  },
  // ---- 08 human interest
  {
    id: '20000505',
    cues: `celebrity:1.2 celebrities:1.2 royal:1.5 royals:2 prince:1.5 princess:2 queen:1.2 ^Buckingham_Palace:3
    wedding:2 weddings:2 married:1.2 marry:1.5 divorce:2 engaged:1 engagement:1.5 girlfriend:1.5 boyfriend:1.5
    romance:1.5 couple:1 socialite:3 paparazzi:3 gossip:2.5 glamour:2 fashion_designer:1`,
  },
  {
    id: '20000499',
    cues: `record-breaking:1.5 world_record:1.5 guinness:3 oldest:1.5 centenarian:3 longest:1 largest:0.5
    tallest:1.5 quirky:3 bizarre:2 lottery:2.5 jackpot:3 birthday:2.5 anniversary:1.5 pet:2 pets:2 dog:1 dogs:1 cat:1
    cats:1 zoo:1.5 hero:1 heroic:2`,
  },
  // ---- 09 labour
  {
    id: '09000000',
    cues: `workers:2.5 worker:2.5 jobs:2 job:1.2 employees:2.5 employee:2 employment:3 employer:2.5
    employers:3 unemployment:3 unemployed:3 jobless:3 strike:2 strikes:1.5 striking:2 walkout:3 union:0.5 unions:3
    trade_union:3 trade_unions:3 union_members:3 wage:3 wages:3 minimum_wage:3 pay:1.5 pay_rise:3 salary:1.5
    salaries:2 pension:3 pensions:3 pensioners:2.5 retirement:2.5 retire:1 layoffs:3 laid_off:3 job_cuts:3
    job_losses:3 redundancies:3 redundant:2.5 staff:1.2 workforce:3 labor:2 labour:2.5 labour_market:3 hiring:2.5
    payrolls:3 nonfarm:3 jobs_report:3 ^TUC:3 industrial_action:3 collective_bargaining:3 overtime:0.5
    working_hours:3 workplace:3 recruitment:2 apprenticeships:3 pension_fund:3 pension_scheme:3 tuc:3 picket:3
    labor_department:3 ^Labor_Day:0 ^Labour_Day:0 jobseekers:3 hire:1.5 hired:0.7 job_creation:3 work_permits:2 migrant_workers:3`,
  },
  // ---- 10 lifestyle and leisure
  {
    id: '10000000',
    cues: `travel:2 tourism:3 tourists:2.5 tourist:2.5 holiday:1.5 holidays:1.5 holidaymakers:3
    vacation:2 restaurant:2.5 restaurants:2.5 chef:3 chefs:3 recipe:3 recipes:3 food:1 cooking:2.5 cuisine:3
    fashion:2.5 catwalk:3 designer:1 designers:1 wine:2 beer:1.5 gardening:3 garden:1.5 gardens:1.5 hobby:3
    hobbies:3 leisure:3 hotel:1.5 hotels:1.5 resort:2 resorts:2 cruise:2 fitness:2.5 yoga:3 gym:2.5 dieting:2.5
    lifestyle:3 dating:2.5 shopping:1 home_improvement:3 diy:3 crafts:3 camping:3 fishing:1.5 hunting:1.5
    puzzle:2 chess:2.5 poker:2.5 gambling:2 casino:2.5 casinos:2.5 bingo:3 pub:1.5 pubs:2 nightclub:2 beach:1.5
    beaches:1.5 spa:2 cookbook:3 menu:1.5 dishes:2 vegetarian:3 clothes:1.5 clothing:1.5 style:1 trends:0.5
    wellbeing:3 wellness:3 outdoors:2 hiking:3 festival-goers:2 ski_resort:3 theme_park:3 amusement_park:3`,
  },
  // ---- 11 politics and government
  {
    id: '20000593',
    cues: `government:2 governments:2 minister:2.5 ministers:2.5 ministry:2 prime_minister:3
    president:1.5 presidential:2.5 presidency:3 cabinet:2.5 parliament:3 parliamentary:3 mps:3 mp:2.5 ^MPs:3
    congress:2.5 congressional:3 senate:3 senator:3 senators:3 lawmakers:3 legislators:3 legislature:3
    legislative:3 house_of_commons:3 house_of_lords:3 commons:2 lords:1.5 peers:1 downing_street:3 white_house:2.5
    whitehall:3 home_secretary:3 foreign_secretary:3 home_office:3 secretary_of_state:3 secretary:1 official:0.7
    officials:1 administration:1.5 governor:2 mayor:2 council:1 councils:1 councillors:3 bill:1.5 bills:1.5
    legislation:2.5 regime:2 state_department:3 governing:2.5 ruling_party:3 constitution:2.5 constitutional:2.5
    civil_servants:3 civil_service:3 minister's:2.5 ministerial:3 premier:1.5 government's:2 speaker:1 whip:1.5
    select_committee:3 committee:1 inquiry:1 watchdog:1 bureaucracy:2.5 ^Westminster:3 ^Holyrood:3 assembly:1.5
    devolution:3 kremlin:2 ^Kremlin:2.5 chancellor:1.5 ^Chancellor:2 public_sector:1.5 spokesman:0.5
    ombudsman:2 ^Foreign_Office:3 ^EU:1.5 european_union:1.5 ^European_Commission:2.5 eu_constitution:3
    sovereignty:2.5 state:0.5 states:0.3 federal:1 national:0.3 republic:0.3 ^Pentagon:1`,
  },
  {
    id: '20000574',
    cues: `election:3 elections:3 electoral:3 elected:2.5 vote:2.5 votes:2.5 voters:3 voting:3 voted:2.5
    ballot:3 ballots:3 poll:1.5 polls:2 polling:3 campaign:1.5 campaigning:2.5 campaigner:1 candidate:2.5
    candidates:2.5 referendum:3 manifesto:3 constituency:3 constituencies:3 re-election:3 reelection:3 electorate:3
    general_election:3 primaries:3 primary:0.5 nomination:1 nominee:2 running_mate:3 landslide:0.5 turnout:3
    incumbent:2.5 hustings:3 inauguration:3 inaugurated:3 electoral_commission:3 opinion_poll:3 seats:2 seat:1.5
    marginal:2 swing:0.5 exit_polls:3 postal_votes:3 franchise:0.3`,
  },
  {
    id: '20000649',
    cues: `party:1.5 parties:2 ^Labour:3 ^Labor:1.5 ^Tory:3 ^Tories:3 tory:3 tories:3 ^Conservatives:2.5
    ^Conservative:2.5 ^Lib_Dems:3 ^Lib_Dem:3 ^Liberal_Democrats:3 ^Liberal_Democrat:3 ^Democrats:3 ^Republicans:3
    ^Republican:2.5 ^Democratic:2 ^Democrat:3 opposition:2.5 politician:3 politicians:3 political:2.5 politics:3
    politically:3 leader:1 leaders:1 leadership:1.5 ^Ukip:3 ^UKIP:3 ^SNP:3 ^Plaid_Cymru:3 ^Sinn_Fein:2.5
    backbench:3 backbenchers:3 frontbench:3 shadow:1.5 shadow_chancellor:3 spin:1 pledge:2 pledges:2 pledged:1.5
    policies:2 policy:1.5 reforms:1.5 reform:1.2 left-wing:3 right-wing:3 liberal:1.5 conservative:1.5 partisan:3
    coalition:1.5 ^Labour's:3 ^Tory's:3 rebels:0.5 rebellion:1.5 debate:1.5 debates:1.5 lobby:1.5 lobbying:2
    activists:1 apologise:0.5 resign:1.5 resignation:2 resigned:1.5 scandal:1 sleaze:3 row:0.5 ^ID_cards:3 id_cards:3
    identity_cards:3 asylum:1 immigration:1 ^Commons:2.5 ^Lords:2 ^Parliament:3`,
  },
  {
    id: '20000638',
    cues: `diplomatic:3 diplomats:3 diplomat:3 diplomacy:3 ambassador:3 ambassadors:3 embassy:2.5 embassies:2.5
    summit:2.5 talks:1.5 treaty:2.5 treaties:2.5 sanctions:2.5 foreign_minister:3 foreign_ministers:3 foreign_policy:3
    united_nations:2.5 ^UN:2 ^U.N.:2 security_council:3 envoy:3 envoys:3 bilateral:2.5 nuclear_programme:2.5
    nuclear_program:2.5 negotiations:1.5 negotiators:1.5 relations:1.5 allies:1.5 ally:1.5 alliance:1.5
    ^NATO:2 ^Nato:2 secretary-general:3 resolution:1.5 foreign_affairs:3 state_visit:3 delegation:2 visit:0.7
    ^European_Union:1.5 ^Palestinian:1 ^Palestinians:1 statehood:2.5 nuclear:1 uranium:2.5
    enrichment:2.5 iaea:3 ^IAEA:3 inspectors:1.5 referendum:0.5 independence:1.5 territory:1 border:0.7 borders:0.7`,
  },
  // Countries and nationalities: weak evidence that a story is international affairs.
  {
    id: '20000638',
    cues: `afghanistan:0.4 afghan:0.4 iraq:0.5 iraqi:0.5 iran:0.5 iranian:0.5 israel:0.5 israeli:0.5
    palestinian:0.5 gaza:0.5 syria:0.5 syrian:0.5 lebanon:0.5 lebanese:0.5 egypt:0.4 jordan:0.3 saudi:0.4 yemen:0.5
    sudan:0.5 sudanese:0.5 somalia:0.5 ethiopia:0.4 kenya:0.3 nigeria:0.4 zimbabwe:0.5 congo:0.5 ivory_coast:0.5
    pakistan:0.4 pakistani:0.4 india:0.2 kashmir:0.5 nepal:0.4 sri_lanka:0.2 bangladesh:0.2 burma:0.5 myanmar:0.5
    north_korea:0.5 north_korean:0.5 south_korea:0.3 china:0.3 chinese:0.2 taiwan:0.4 japan:0.2 russia:0.4 russian:0.3
    ukraine:0.5 ukrainian:0.5 belarus:0.5 chechnya:0.5 chechen:0.5 georgia:0.2 serbia:0.5 kosovo:0.5 bosnia:0.5
    turkey:0.3 cyprus:0.4 venezuela:0.4 colombia:0.4 cuba:0.4 haiti:0.5 mexico:0.2 indonesia:0.3 philippines:0.3
    thailand:0.2 libya:0.5 algeria:0.4 morocco:0.3 tehran:0.5 baghdad:0.5 kabul:0.5 jerusalem:0.4 moscow:0.3
    beijing:0.3 pyongyang:0.5 damascus:0.5 ramallah:0.5 islamabad:0.4 kremlin:0.5 middle_east:0.5`,
  },
  {
    id: '20000587',
    cues: `human_rights:3 civil_liberties:3 civil_rights:3 freedom_of_speech:3 free_speech:3 amnesty:2
    ^Amnesty_International:3 ^Human_Rights_Watch:3 torture:2 rights_groups:3`,
  },
  // ---- 12 religion
  {
    id: '12000000',
    cues: `church:3 churches:3 religious:3 religion:3 religions:3 pope:3 ^Vatican:3 muslim:2 muslims:2
    islam:2.5 christian:2.5 christians:2.5 christianity:3 catholic:3 catholics:3 bishop:3 bishops:3 archbishop:3
    priest:3 priests:3 clergy:3 mosque:2.5 mosques:2.5 temple:2 faith:2.5 god:2 hindu:2.5 hindus:2.5 jewish:2
    judaism:3 rabbi:3 buddhist:3 buddhism:3 pilgrims:3 pilgrimage:3 ramadan:3 easter:2 prayer:3 prayers:3 prayed:2.5
    worship:3 sermon:3 theology:3 theological:3 anglican:3 protestant:2.5 evangelical:3 cleric:2 clerics:2 imam:2.5
    holy:2 sacred:2.5 bible:3 koran:3 quran:3 synagogue:3 cathedral:3 vicar:3 congregation:3 missionary:3 nun:3
    nuns:3 monk:3 monks:3 saint:1.5 sikh:3 atheist:3 atheists:3 blasphemy:3 secular:2 sharia:2.5 diocese:3 parish:2.5
    papal:3 cardinal:1.5 ^Cardinal:2 faiths:3 interfaith:3 christmas:1`,
  },
  // ---- 13 science and technology
  {
    id: '20000756',
    cues: `technology:3 technologies:3 technological:3 tech:2.5 hi-tech:3 high-tech:3 software:3 hardware:3
    computer:3 computers:3 computing:3 pc:3 pcs:3 laptop:3 laptops:3 internet:3 online:2 web:2.5 website:2.5
    websites:2.5 net:1.2 broadband:3 wireless:3 wi-fi:3 wifi:3 mobile:2 mobiles:2.5 phone:1.5 phones:2.5
    mobile_phone:3 mobile_phones:3 handset:3 handsets:3 smartphone:3 smartphones:3 gadget:3 gadgets:3 digital:2.5
    device:2.5 devices:2.5 ^Microsoft:2.5 ^Apple:2.5 ^Google:2.5 ^IBM:2.5 ^Intel:2.5 ^Yahoo:2.5 ^Sony:1.5 ^Nintendo:3
    ^PlayStation:3 ^Xbox:3 ^AMD:3 ^Oracle:2 ^Dell:2.5 ^Nokia:2.5 ^Motorola:2.5 ^Samsung:2 ^Amazon:1.5 ^eBay:2
    ^Skype:2.5 ^Linux:3 ^Windows:2.5 ^Firefox:3 ^Mozilla:3 ^iPod:3 ^iTunes:3 ^Macintosh:3 ^Mac:2 ^AOL:2.5 ^Napster:3
    ^Cisco:3 ^Hewlett-Packard:2.5 ^Sun_Microsystems:3 ^Symantec:3 ^McAfee:3 ^RIM:2 ^BlackBerry:3 ^Palm:1.5 ^Vodafone:2
    ^Qualcomm:3 ^SAP:2 ^PeopleSoft:3 ^Siebel:3 ^Novell:3 ^Red_Hat:3 ^Texas_Instruments:3 ^Nvidia:3 ^Atari:3
    console:3 consoles:3 video_games:3 video_game:3 games_console:3 gaming:3 gamers:3 gamer:3 spam:3 spammers:3
    e-mail:2.5 email:2.5 emails:2.5 e-mails:2.5 hackers:3 hacker:3 hacking:3 cyber:2.5 virus_writers:3 malicious:2.5
    worm:2 phishing:3 spyware:3 adware:3 firewall:3 encryption:3 chip:2.5 chips:2.5 chipmaker:3 processor:3 processors:3
    semiconductor:3 semiconductors:3 microprocessor:3 robot:3 robots:3 robotic:3 search_engine:3 search_engines:3
    blog:3 blogs:3 bloggers:3 blogging:3 download:2.5 downloads:3 downloading:3 downloaded:2.5 file-sharing:3
    file_sharing:3 peer-to-peer:3 p2p:3 users:2.5 user:2 network:1.5 networks:1.5 networking:2.5 telecoms:2.5
    telecom:2.5 telecommunications:3 satellite:1.5 engineering:2 engineers:2 ^Silicon_Valley:3 dvd:1.5 dvds:2
    high-definition:3 hdtv:3 tv:0.5 multimedia:3 mp3:3 music_players:3 camera:1.5 cameras:1.5 digital_camera:3
    camera_phones:3 3g:3 gps:1.5 microchip:3 nanotechnology:3 innovation:1.5 innovative:1.5 silicon:3 servers:3
    server:2.5 database:3 databases:3 storage:1.5 memory:1 screen:1 screens:1 pixels:3 browser:3 browsers:3
    operating_system:3 open_source:3 open-source:3 developers:2 programmers:3 code:1.5 vulnerability:2.5
    vulnerabilities:3 patch:2 security_flaw:3 flaws:1.5 bug:1.5 bugs:1.5 upgrade:2 apps:3 app:2.5 program:0.5
    programs:1 programme:0.3 gigabyte:3 gigabytes:3 megabytes:3 bandwidth:3 fibre:2 cable:1 voip:3 internet_telephony:3
    virtual:2 3d:2 electronic:2 electronics:2.5 tech_firms:3 domain:1.5 web_site:3 web_sites:3 www:2
    dot-com:3 e-commerce:3 ecommerce:3 online_retailer:3 wi-max:3 wimax:3 bluetooth:3 ipod:3 ipods:3 itunes:3
    podcast:3 podcasts:3 podcasting:3 rfid:3 supercomputer:3 supercomputers:3 automation:2.5 artificial_intelligence:3
    ai:2 algorithm:3 algorithms:3 drone:2 drones:2 cyberspace:3 pirated:1.5 piracy:1 copy_protection:3 drm:3
    digital_rights:3 handheld:3 portable:2 touchscreen:3 keyboard:3 mouse:1 printer:2.5 printers:2.5 chipset:3 usb:3
    wireless_networks:3 hotspots:3 net_users:3 surfers:2 log_on:3 logged:2 clicks:2 click:1 pop-up:3
    hard_drive:3 hard_drives:3 harddrive:3 harddrives:3 hard_disk:3 lcd:3 plasma:1.5 flat-panel:2.5 flat-screen:2.5
    interface:2 set-top:3 tivo:3 hd:1 hdd:3 flash_memory:3 memory_card:3 monitor:0.7 gadgetry:3 hi-fi:2.5 wireless_broadband:3`,
  },
  {
    id: '20000717',
    cues: `scientists:3 scientist:3 science:3 sciences:3 scientific:3 research:1.5 researchers:2.5
    researcher:2.5 study:1 studies:1 physics:3 physicist:3 physicists:3 chemistry:3 chemist:3 biology:3 biologist:3
    biologists:3 space:1.5 nasa:3 ^NASA:3 astronauts:3 astronaut:3 cosmonaut:3 spacecraft:3 space_station:3
    shuttle:2.5 orbit:3 orbiting:3 planet:3 planets:3 mars:1.5 ^Mars:2.5 moon:1.5 lunar:3 telescope:3 telescopes:3
    galaxy:3 galaxies:3 asteroid:3 asteroids:3 comet:3 comets:3 rocket:2.5 rockets:2.5 launch:0.5 launched:0.3
    probe:1 probes:1 genome:3 gene:3 genes:3 dna:3 cloning:3 cloned:3 clone:2.5 stem_cells:3 fossil:3 fossils:3
    dinosaur:3 dinosaurs:3 laboratory:3 laboratories:3 lab:2.5 labs:2.5 experiment:3 experiments:3 evolution:3
    evolutionary:3 molecules:3 molecule:3 cells:2 protein:3 proteins:3 species:1 mammals:2.5 primates:3 ancient:1
    archaeologists:2.5 astronomers:3 astronomer:3 astronomy:3 solar_system:3 universe:3 particle:3 particles:3
    quantum:3 mathematics:3 mathematician:3 journal:2 ^Nature:1.5 ^Science:1 peer-reviewed:3 discovery:2
    discovered:0.7 findings:2 ^European_Space_Agency:3 ^ESA:3 satellite:2 satellites:3 spaceship:3 spaceflight:3
    space_agency:3 ^Hubble:3 ^Cassini:3 ^Huygens:3 ^Titan:2 ^Saturn:2.5 ^Jupiter:3 ^Venus:2 ^Beagle:2.5 rover:3
    rovers:3 ocean:0.7 oceans:1 arctic:1.5 antarctic:2 polar:1.5 ice:0.5 neurons:3 brain:1.5 biotech:2.5
    biotechnology:3 genetically:3 genetic:2 microbes:3 organisms:3 ^Royal_Society:3 academy:0.5 institute:1 nobel:1.5
    hypothesis:3 theory:1.5 spaceport:3 zero-gravity:3 lightyears:3 light-years:3 meteor:3 meteorite:3 cosmic:3
    physicists':3 archaeologist:2.5 archaeologists:2.5 archaeology:2.5 archaeological:2.5 ecologist:3 zoologist:3 fishes:1 insects:2 insect:2 biodiversity:1 paleontologist:3 palaeontologist:3`,
  },
  // ---- 14 society
  {
    id: '14000000',
    cues: `poverty:3 poor:1 homeless:2 homelessness:3 welfare:2.5 immigration:2.5 immigrants:3
    immigrant:3 migrants:3 migrant:2.5 asylum:2.5 asylum_seekers:3 refugees:1.5 refugee:1.5 discrimination:3
    racism:3 racist:3 racial:2.5 gay:2.5 gays:2.5 lesbian:3 same-sex:3 equality:3 gender:2.5 feminist:3 women's_rights:3
    civil_partnership:3 social:1.2 society:1.5 community:1 communities:1.5 charity:2 charities:2.5 ^Salvation_Army:2.5 volunteers:2
    volunteer:2 families:1.2 family:0.7 children:0.7 child:0.5 elderly:2.5 old_people:2.5 population:2
    census:2.5 abortion:3 euthanasia:3 disabled:2.5 disability:3 disabilities:3 benefits:1.5 social_security:2
    youth:1 teenagers:1.5 teenage:1.5 parents:1 parenting:3 childcare:3 marriage:1.5 divorce_rate:3 inequality:3
    hunger:2 ethnic_minorities:3 ethnic_minority:3 minorities:2 tolerance:2 hate_crime:2 deprived:3 deprivation:3
    social_exclusion:3 binge_drinking:3 anti-social_behaviour:3 gambling_addiction:3 drug_addiction:2.5 addicts:2.5`,
  },
  // ---- 15 sport
  {
    id: '15000000',
    cues: `match:2 matches:2 game:1.2 games:1 team:2 teams:2 player:2.5 players:2.5 coach:3 coaches:3
    coaching:3 manager:1 managers:1 season:2 seasons:2 league:3 leagues:3 cup:2.5 championship:3 championships:3
    tournament:3 tournaments:3 olympic:3 olympics:3 football:3 footballer:3 footballers:3 soccer:3 cricket:3
    cricketer:3 rugby:3 tennis:3 golf:3 golfer:3 baseball:3 basketball:3 hockey:3 ^NFL:3 ^NBA:3 ^MLB:3 ^NHL:3
    ^Fifa:3 ^FIFA:3 ^Uefa:3 ^UEFA:3 premiership:3 ^Premiership:3 ^Premier_League:3 striker:3 strikers:3 midfielder:3
    midfielders:3 goalkeeper:3 keeper:2 defender:2.5 defenders:2.5 goal:2 goals:2.5 scored:2.5 score:1.5 scoring:2.5
    scorer:3 win:1.2 won:1 wins:1.5 winning:1 victory:1.5 victories:2 defeat:2 defeated:2 defeats:2 beat:1.5 beaten:2
    lose:1 lost:0.7 draw:1.5 drew:1.5 champions:2.5 champion:2.5 title:1.5 titles:2 final:2 finals:2.5 semi-final:3
    semi-finals:3 semifinal:3 semifinals:3 quarter-final:3 quarter-finals:3 quarterfinal:3 quarterfinals:3 race:1.5
    races:2 racing:2.5 grand_prix:3 formula_one:3 ^F1:3 athletics:3 athlete:3 athletes:3 marathon:3 sprinter:3
    sprint:2 medal:2.5 medals:3 medallist:3 medalist:3 stadium:3 stadiums:3 fans:1.5 supporters:1 referee:3
    referees:3 penalty:2 penalties:2 injury:2 injuries:1.5 innings:3 inning:3 wicket:3 wickets:3 test_match:3
    test_series:3 batsman:3 batsmen:3 bowler:3 bowlers:3 boxing:3 boxer:3 bout:3 heavyweight:3 squad:3 squads:3
    captain:2 captained:3 playoffs:3 playoff:3 play-off:3 play-offs:3 quarterback:3 touchdown:3 touchdowns:3 pitcher:3
    pitchers:3 homer:3 homers:3 home_run:3 home_runs:3 runs:1 rbi:3 rbis:3 yards:2.5 yard:2 club:2 clubs:2 ranked:2 top-ranked:3 rankings:2 ranking:1.5 contenders:2 contender:2 shootout:2 opener:2 rout:2.5 routed:2.5 clinch:3 clinched:3 clinches:3 comeback:1.5 standings:3 underdog:2 underdogs:2 fightback:3 paceman:3 spinner:2 unseeded:3 top_seed:3 world_number_one:3 leaderboard:3 round:0.7 ^Six_Nations:3
    ^Davis_Cup:3 ^Wimbledon:3 seed:2 seeded:3 seeds:2 grand_slam:3 ^Ryder_Cup:3 world_cup:3 ^World_Cup:3
    ^Champions_League:3 ^Uefa_Cup:3 ^FA_Cup:3 cycling:3 cyclist:3 cyclists:3 ^Tour_de_France:3 doping:3 ^Wada:3
    ^WADA:3 skier:3 skiing:2.5 ^Nascar:3 ^NASCAR:3 jockey:3 horse_racing:3 derby:2 ^NCAA:3 mvp:3 ^MVP:3 halftime:3
    half-time:3 second_half:3 first_half:3 overtime:2 unbeaten:3 relegation:3 relegated:3 promotion:1 transfer:1.5
    signing:1 signed:0.5 midfield:3 sport:3 sports:2.5 sporting:3 sportsman:3 sportswoman:3 coach's:3 fixture:3
    fixtures:3 kick-off:3 kickoff:3 try:0.5 tries:2 scrum:3 fly-half:3 flanker:3 prop:1 lock:0.3 winger:3 full-back:3
    centre-back:3 hat-trick:3 hat_trick:3 equaliser:3 equalizer:3 header:2 free-kick:3 free_kick:3 corner:1 offside:3
    tackle:2.5 tackles:2.5 touchline:3 dugout:3 boss:0.7 gaffer:3 olympian:3 world_champion:3 world_championships:3
    indoor:1.5 outdoor:0.5 hurdles:3 hurdler:3 metres:1 100m:3 200m:3 400m:3 800m:3 1500m:3 pole_vault:3 long_jump:3
    triple_jump:3 decathlon:3 heptathlon:3 swimmer:3 swimming:2 swimmers:3 rowing:2.5 sailing:1.5 ^America's_Cup:3
    ^Ashes:3 ashes:1 ^Test:1 ^ODI:3 one-day:2 twenty20:3 ^IPL:3 umpire:3 umpires:3 ^ATP:3 ^WTA:3 ^PGA:3 ^US_Open:2.5
    ^Australian_Open:3 ^French_Open:3 ^Masters:1.5 par:2 birdie:3 birdies:3 bogey:3 eagle:1 putt:3 fairway:3 links:0.3
    ^Yankees:3 ^Red_Sox:3 ^Cardinals:1.5 ^Astros:3 ^Dodgers:3 ^Mets:3 ^Cubs:3 ^Braves:3 ^Patriots:2 ^Eagles:1.5
    ^Steelers:3 ^Colts:3 ^Raiders:2 ^Broncos:3 ^Lakers:3 ^Celtics:3 ^Knicks:3 ^Pistons:3 ^Spurs:2 ^Bulls:1.5
    ^Chelsea:2.5 ^Arsenal:3 ^Manchester_United:3 ^Man_Utd:3 ^Liverpool:1 ^Everton:3 ^Newcastle:1 ^Tottenham:3
    ^Celtic:2.5 ^Rangers:2 ^Real_Madrid:3 ^Barcelona:1.5 ^Juventus:3 ^AC_Milan:3 ^Inter_Milan:3 ^Bayern_Munich:3
    ^Blackburn:2 ^Bolton:2 ^Middlesbrough:3 ^Aston_Villa:3 ^Fulham:3 ^Charlton:2 ^Southampton:2 ^Portsmouth:1.5
    ^Leicester:1 ^Leeds:1 ^Wolves:2 ^Sunderland:2 ^Birmingham:0.5 ^West_Ham:3 ^Crystal_Palace:3 ^Norwich:1
    ^All_Blacks:3 ^Wallabies:3 ^Springboks:3 ^Wasps:3 ^Leicester_Tigers:3 ^Gunners:3 ^Reds:1 ^Blues:1
    ^Hearts:1.5 ^Hibernian:3 ^Hibs:3 ^Aberdeen:1 ^Dundee:1 ^Kilmarnock:3 ^Motherwell:3 ^Olympic:2 ^Olympics:3
    ^Super_Bowl:3 ^World_Series:3 ^Stanley_Cup:3 ^Grand_National:3 ^Cheltenham:1.5 ^Ascot:2.5 ^Ferrari:1
    ^Schumacher:2 ^McLaren:2 ^Renault:0.5 pole_position:3 lap:3 laps:3 podium:3 qualifying:2.5 paralympic:3
    ^Paralympics:3 ^Commonwealth_Games:3 sprinters:3 teammate:3 teammates:3 team-mate:3 team-mates:3
    rookie:3 veteran:1 free_agent:3 draft:1 drafted:2 contract_extension:3 ^Heisman:3 bowl:1 conference:0.3
    ^Big_Ten:3 ^Big_East:3 ^ACC:3 ^SEC:1 coach:3 varsity:3 ^Wildcats:3 ^Buckeyes:3 ^Trojans:3 ^Sooners:3 ^Longhorns:3
    ^Gators:3 ^Seminoles:3 ^Hurricanes:1 ^Bruins:3 ^Huskies:3 ^Tar_Heels:3 ^Blue_Devils:3 ^Jayhawks:3 ^Hoosiers:3
    ^Fighting_Irish:3 ^Red_Wings:3 ^Maple_Leafs:3 ^Canadiens:3 ^Flyers:2 ^Rangers:1 ^Padres:3 ^Giants:1.5 ^Angels:1
    ^Twins:2 ^Orioles:3 ^Marlins:3 ^Phillies:3 ^Pirates:1 ^Reds:1 ^Rockies:2 ^Mariners:3 ^Royals:1.5 ^Tigers:1.5
    ^Brewers:3 ^Expos:3 ^Diamondbacks:3 ^Rams:2 ^Packers:3 ^Vikings:1.5 ^Bears:1.5 ^Jets:1.5 ^Dolphins:1.5
    ^Bills:1 ^Ravens:3 ^Chiefs:1.5 ^Titans:2 ^Jaguars:3 ^Texans:2 ^Chargers:3 ^Seahawks:3 ^Falcons:3 ^Panthers:2
    ^Saints:1.5 ^Buccaneers:3 ^Cowboys:2 ^Redskins:3 ^49ers:3 ^Bengals:3 ^Browns:2 ^Lions:1 ^Heat:1 ^Nets:2
    ^Suns:2 ^Mavericks:3 ^Rockets:2 ^Clippers:3 ^Timberwolves:3 ^Nuggets:3 ^Pacers:3 ^Cavaliers:3 ^Sixers:3
    ^76ers:3 ^Hornets:3 ^Grizzlies:3 ^Kings:1 ^Warriors:1.5 ^Jazz:1 ^Magic:1 ^Raptors:3 ^Hawks:2 ^SuperSonics:3 ^Sonics:3
    ^Trail_Blazers:3 ^Blazers:3 ^Bucks:2
    european_tour:3 pga_tour:3 lpga_tour:3 ^Vuelta:3 ^Giro:2.5 ^Virginia_Tech:3 ^Georgia_Tech:3 ^Texas_Tech:3 ^Serie_A:3
    ^La_Liga:3 ^Bundesliga:3 turnovers:2 point_guard:3 receiver:1.5 receivers:2 playbook:3 locker_room:3 one-stroke:3
    under-par:3 hitter:3 hitters:3 batting:2.5 batter:3 slugger:3 shortstop:3 outfielder:3 catcher:2 bullpen:3
    lineup:2 roster:3 preseason:3 postseason:3 regular_season:3 sideline:2 sidelined:3 hamstring:3 golfers:3
    pars:3 bogeys:3 putts:3 points:0.7 debut:1 ace:1 rebounds:2.5 assists:2 three-pointer:3 free_throws:3 goalie:3
    puck:3 touchdown_pass:3 interception:2 interceptions:2.5 rushing:2 tailback:3 linebacker:3 cornerback:3
    wide_receiver:3 field_goal:3 runs_batted:3 strikeouts:3 no-hitter:3 double_fault:3 tiebreak:3
    tie-break:3 straight_sets:3 break_point:3 match_point:3 set_point:3`,
  },
  // ---- 16 conflict, war and peace
  {
    id: '20000056',
    cues: `war:2.5 wars:2.5 wartime:3 military:2 militarily:3 troops:3 soldiers:3 soldier:3 army:2.5
    armies:3 forces:1.2 armed:1.5 fighting:2 fighters:1.5 battle:1.5 battles:1.5 combat:3 airstrike:3 airstrikes:3
    air_strike:3 air_strikes:3 bombing:2 bombings:2 bombed:2 shelling:3 shells:1.5 missile:2 missiles:2 rebels:3
    rebel:3 insurgents:3 insurgency:3 insurgent:3 militants:3 militant:3 militia:3 militias:3 militiamen:3
    guerrillas:3 guerrilla:3 offensive:2 invasion:3 invaded:3 occupation:2 occupied:1.5 ceasefire:3 cease-fire:3
    casualties:1.5 civilians:2 ^Pentagon:2 marines:3 weapons:1.5 weapon:1.5 nuclear_weapons:2.5 wmd:3 arms:1.5
    artillery:3 tanks:1.5 helicopter_gunships:3 gunships:3 warplanes:3 fighter_jets:3 air_force:2 navy:2 naval:2.5
    warship:3 warships:3 commander:2 commanders:2 general:0.5 generals:1.5 defence:1.5 defense:1.5 defence_secretary:3
    defense_secretary:3 defense_minister:3 defence_minister:3 war_crimes:3 genocide:3 front_line:3 frontline:2
    battlefield:3 ambush:3 ambushed:3 killed:0.7 clashes:2.5 clashed:2.5 fired:1 gunfire:3 raid:1 assault:1 siege:3
    besieged:3 withdrawal:1.5 withdraw:1 pullout:3 occupation_forces:3 coalition_forces:3 us-led:3 u.s.-led:3
    insurgent_attacks:3 mortar:3 grenade:3 grenades:3 roadside_bomb:3 landmines:3 convoy:2 checkpoint:2.5 peacekeepers:2
    warlord:3 warlords:3 conflict:2 conflicts:2 hostilities:3 armistice:3 iraq_war:3 the_war:2 postwar:3 post-war:3
    sunni:2 shiite:2 shia:2 ^Taliban:3 ^Hamas:2.5 ^Hezbollah:3
    disarmament:2.5 arms_control:3 warhead:3 warheads:3 ballistic:3 nuclear_test:3 military_base:3 bases:1
    reservists:3 conscription:3 veterans:1 casualty:2 killing:1 prisoners_of_war:3 pows:3 hostility:2`,
  },
  {
    id: '20000053',
    cues: `terror:3 terrorism:3 terrorist:3 terrorists:3 al-qaeda:3 ^Al_Qaeda:3 ^al-Qaeda:3 ^Qaeda:3
    bomber:2.5 bombers:2.5 suicide_bomber:3 suicide_bombers:3 suicide_bombing:3 suicide_attack:3 hostage:2.5
    hostages:2.5 kidnappers:2.5 beheaded:3 beheading:3 car_bomb:3 car_bombs:3 jihad:3 jihadist:3 extremists:3
    extremist:3 ^Bin_Laden:3 counter-terrorism:3 anti-terror:3 anti-terrorism:3 terror_suspects:3 explosives:2
    bomb:2 bombs:2 attack:1.2 attacks:1.5 attacked:1.2 attackers:2 radical:1.5 radicals:1.5 ^9/11:3`,
  },
  {
    id: '20000065',
    cues: `protest:1.5 protests:2 protesters:2.5 protestors:2.5 demonstrators:2.5 demonstration:2
    demonstrations:2 riot:2.5 riots:2.5 rioters:3 rioting:3 unrest:3 tear_gas:3 uprising:3 revolt:2.5 crackdown:1
    dissidents:2 opposition_supporters:3 martial_law:3 curfew:2.5 state_of_emergency:2.5`,
  },
  {
    id: '20000073',
    cues: `peace:2.5 peace_talks:3 peace_deal:3 peace_process:3 peace_plan:3 peace_agreement:3
    peacekeepers:3 peacekeeping:3 truce:3 reconciliation:2 roadmap:2 road_map:2`,
  },
  {
    id: '20000070',
    cues: `coup:3 coup_attempt:3 junta:3 overthrow:2.5 overthrown:2.5 ousted:1.5 mutiny:3`,
  },
  // ---- 17 weather
  {
    id: '17000000',
    cues: `weather:3 forecast:0.7 forecasters:2 forecaster:2 temperatures:2.5 temperature:1.5 rain:2
    rains:2 rainfall:3 snow:2.5 snowfall:3 snowstorm:3 blizzard:3 blizzards:3 storm:2 storms:2 heatwave:3
    heat_wave:3 cold:0.7 frost:3 fog:2.5 wind:1.2 winds:2 gales:3 gale:3 meteorological:3 meteorologist:3
    meteorologists:3 ^Met_Office:3 national_weather_service:3 sunshine:2 degrees:1.5 celsius:2.5 fahrenheit:2.5
    thunderstorms:3 thunderstorm:3 hail:1 hailstorm:3 hailstones:3 hails:0 hailed:0 humidity:3 el_nino:3 monsoon:3 freezing:2 icy:2 showers:1.5 drizzle:3
    rainy:3 sunny:2.5 cloudy:3 clouds:1.5 chilly:2.5 heat:1 hottest:2 coldest:2 warmest:2 wettest:3 driest:2.5
    mph:1.5 tropical_storm:3 tropical_depression:3 weather_warning:3 flood_warnings:3`,
  },
]
